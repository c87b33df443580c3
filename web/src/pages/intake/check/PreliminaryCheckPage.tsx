import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Descriptions, Flex, Row, Skeleton, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { useApplicationView, type ApplicationView, type VerdictOverride } from '../../../api/intake.js';

import { articleLabel } from '../../../i18n/articleLabel.js';
import { formatDateTime } from '../../../i18n/format.js';
import { useLocale } from '../../../i18n/useLocale.js';
import { ErrorState } from '../../../layout/ErrorState.js';
import { PageHeader } from '../../../layout/PageHeader.js';
import { ApplicationReadOnly } from '../shared/ApplicationReadOnly.js';
import { ClauseRow, EligibilitySummary } from '../shared/EligibilityList.js';
import { EndorsementList } from '../shared/EndorsementList.js';
import { MaterialsCard } from '../shared/MaterialsCard.js';
import { ApplicationStatusTag } from '../shared/StatusTags.js';
import { useFramework } from '../shared/useCatalogue.js';
import { DecisionForm } from './DecisionForm.js';
import { ExtensionForm } from './ExtensionForm.js';
import { OverrideButton, OverrideEditor } from './OverrideEditor.js';
import '../intake.css';

/** The Office's last decision on the application, with any verdicts it overrode. */
function LastDecisionCard({ application }: { application: ApplicationView }) {
  const { t } = useTranslation('intake');
  const { local, locale } = useLocale();
  const decision = application.lastDecision;
  if (!decision) return null;
  return (
    <Card size="small" title={t('check.lastDecision')}>
      <Descriptions
        size="small"
        column={1}
        items={[
          {
            key: 'decision',
            label: t('check.decision'),
            children: t(`check.decisions.${decision.decision}`),
          },
          {
            key: 'note',
            label: t('check.note'),
            children: decision.note ? <span className="prose">{decision.note}</span> : t('empty'),
          },
          ...(decision.resubmitBy
            ? [
                {
                  key: 'by',
                  label: t('check.resubmitBy'),
                  children: formatDateTime(decision.resubmitBy, locale),
                },
              ]
            : []),
          ...(decision.clause
            ? [{ key: 'clause', label: t('check.clause'), children: local(articleLabel(decision.clause)) }]
            : []),
          {
            key: 'who',
            label: t('check.decidedBy'),
            children: `${decision.decidedBy} · ${formatDateTime(decision.decidedAt, locale)}`,
          },
        ]}
      />
      {decision.overrides.length > 0 && (
        <ul style={{ paddingInlineStart: 18, margin: '8px 0 0', fontSize: 13 }}>
          {decision.overrides.map((o) => {
            const result = application.eligibility.results.find((r) => r.key === o.key);
            return (
              <li key={o.key}>
                {t('check.overrideLine', {
                  clause: result ? local(result.label) : o.key,
                  verdict: t(`verdict.${o.verdict}`),
                  reason: o.reason,
                })}
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}

/**
 * The preliminary check of one application (Art. 15): the eligibility engine's verdict on every
 * clause (the Office may override one with a written reason), the materials, the endorsements,
 * the content, and the decision; before submission, the deadline extension.
 */
export default function PreliminaryCheckPage() {
  const { t } = useTranslation('intake');
  const { locale } = useLocale();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const loaded = useApplicationView(id);
  const [updated, setUpdated] = useState<ApplicationView>();
  const [overrides, setOverrides] = useState<Record<string, VerdictOverride>>({});
  const application = updated ?? loaded.data;
  const framework = useFramework(application?.cycle.frameworkId);

  if (loaded.error) return <ErrorState error={loaded.error} onRetry={loaded.reload} />;
  if (!application) return <Skeleton active paragraph={{ rows: 12 }} />;

  const { abilities } = application;
  const latest = [...application.versions].sort((a, b) => b.version - a.version)[0];
  const setOverride = (key: string, value: VerdictOverride | undefined) =>
    setOverrides((current) => {
      const next = { ...current };
      if (value) next[key] = value;
      else delete next[key];
      return next;
    });
  const decided = (view: ApplicationView) => {
    setUpdated(view);
    setOverrides({});
    window.scrollTo({ top: 0, behavior: 'smooth' });
  };

  const eligibility = (
    <Card title={t('check.eligibilityTitle')}>
      <EligibilitySummary report={application.eligibility} />
      <ul className="clause-list" style={{ marginTop: 8 }}>
        {application.eligibility.results.map((result) => {
          const override = overrides[result.key];
          return (
            <ClauseRow
              key={result.key}
              result={result}
              action={
                abilities.decide &&
                !override && (
                  <OverrideButton result={result} onStart={(value) => setOverride(result.key, value)} />
                )
              }
              extra={
                override && (
                  <div style={{ marginTop: 6 }}>
                    <OverrideEditor
                      result={result}
                      value={override}
                      onChange={(value) => setOverride(result.key, value)}
                    />
                  </div>
                )
              }
            />
          );
        })}
      </ul>
    </Card>
  );

  const materials = <MaterialsCard application={application} />;

  return (
    <>
      <PageHeader
        title={application.organisation?.name ?? t('check.title')}
        lead={t('check.lead', {
          year: application.cycle.year,
          code: application.organisation?.creditCode ?? '',
        })}
        extra={
          <Flex gap={8} align="center" wrap>
            <ApplicationStatusTag status={application.status} />
            {application.eligibility.priority.flagged && <Tag color="gold">{t('eligibility.priority')}</Tag>}
            <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/app/applications')}>
              {t('check.back')}
            </Button>
          </Flex>
        }
      />
      {!abilities.decide && application.status !== 'submitted' && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t(`check.notDecidable.${application.status}`)}
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={15}>
          <Tabs
            items={[
              {
                key: 'check',
                label: t('check.tabCheck'),
                children: (
                  <Flex vertical gap={16}>
                    {eligibility}
                    {materials}
                  </Flex>
                ),
              },
              {
                key: 'content',
                label: t('check.tabContent'),
                children: <ApplicationReadOnly application={application} framework={framework.data} />,
              },
            ]}
          />
        </Col>
        <Col xs={24} lg={9}>
          <Flex vertical gap={16}>
            <Card size="small">
              <Descriptions
                size="small"
                column={1}
                items={[
                  {
                    key: 'deadline',
                    label: t('list.deadline'),
                    children: t('time.beijing', { time: formatDateTime(application.deadline, locale) }),
                  },
                  ...(latest
                    ? [
                        { key: 'receipt', label: t('receipt.title'), children: latest.receiptNumber },
                        {
                          key: 'submitted',
                          label: t('receipt.submittedAt'),
                          children: formatDateTime(latest.submittedAt, locale),
                        },
                        {
                          key: 'hash',
                          label: t('receipt.hash'),
                          children: <span className="hash">{latest.contentSha256}</span>,
                        },
                      ]
                    : []),
                ]}
              />
            </Card>
            {abilities.decide && (
              <DecisionForm
                application={application}
                overrides={Object.values(overrides)}
                onDecided={decided}
              />
            )}
            <LastDecisionCard application={application} />
            {abilities.extend && <ExtensionForm application={application} onExtended={setUpdated} />}
            <Card size="small" title={t('endorse.title')}>
              <EndorsementList application={application} />
            </Card>
          </Flex>
        </Col>
      </Row>
    </>
  );
}
