import { SendOutlined, SolutionOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Grid, Popconfirm, Steps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../api/client.js';
import type { ApplicationView } from '../../../api/intake.js';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert.js';
import { articleLabel } from '../../../i18n/articleLabel.js';
import { formatDateTime } from '../../../i18n/format.js';
import { useLocale } from '../../../i18n/useLocale.js';
import { Countdown } from '../shared/Countdown.js';
import { EndorsementList } from '../shared/EndorsementList.js';
import { useServerNow } from '../shared/useServerNow.js';
import { ReceiptCard } from './ReceiptCard.js';

const STEP_OF = {
  draft: 0,
  awaiting_endorsement: 1,
  endorsed: 2,
  submitted: 3,
  accepted: 4,
  returned: 4,
  rejected: 4,
  not_recommended: 1,
} as const;

export type ApplicantAction = 'awaiting_endorsement' | 'submitted';

/**
 * Where the application stands and why: the way from draft to the Office's decision, the
 * deadline with a countdown, the endorsers' and the Office's words, the next step the server
 * allows, and the receipt once submitted.
 */
export function ApplicationStatusCard({
  application,
  acting,
  actionError,
  onAct,
}: {
  application: ApplicationView;
  acting: ApplicantAction | undefined;
  actionError: ApiError | undefined;
  onAct: (action: ApplicantAction) => void;
}) {
  const { t } = useTranslation('intake');
  const { local, locale } = useLocale();
  const wide = Grid.useBreakpoint().md ?? true;
  const now = useServerNow(application.serverTime);
  const { status, abilities, lastDecision } = application;
  const current = STEP_OF[status];
  const latest = [...application.versions].sort((a, b) => b.version - a.version)[0];
  const round = application.endorsements.filter((e) => e.round === application.endorsementRound);
  const endorserReturn = status === 'draft' ? round.filter((e) => e.decision === 'returned') : [];
  const endorserDeclined = status === 'not_recommended' ? round.filter((e) => e.decision === 'declined') : [];
  const beforeSubmission = ['draft', 'awaiting_endorsement', 'endorsed'].includes(status);
  const deadlinePassed =
    now !== undefined && Math.floor(now / 1000) > Math.floor(Date.parse(application.deadline) / 1000);
  const missing = application.checklist.filter((i) => !i.done).length;
  const canRequest = abilities.transitions.includes('awaiting_endorsement');
  const canSubmit = abilities.transitions.includes('submitted');
  const decisionTitle =
    status === 'accepted' || status === 'returned' || status === 'rejected'
      ? t(`status.${status}`)
      : t('timeline.decision');

  const steps = [
    { title: t('timeline.draft'), content: t('timeline.draftText') },
    {
      title: t('timeline.awaiting_endorsement'),
      content: t('timeline.endorsementCount', { count: round.filter((e) => e.decision === 'agreed').length }),
    },
    { title: t('timeline.endorsed'), content: t('timeline.endorsedText') },
    {
      title: t('timeline.submitted'),
      content: latest ? formatDateTime(latest.submittedAt, locale) : t('timeline.submittedText'),
    },
    {
      title: decisionTitle,
      content: lastDecision ? formatDateTime(lastDecision.decidedAt, locale) : t('timeline.decisionText'),
    },
  ];

  return (
    <Card className="status-card" data-testid="status-card" style={{ marginBottom: 16 }}>
      <Steps
        current={current}
        status={
          status === 'rejected' || status === 'not_recommended'
            ? 'error'
            : status === 'accepted'
              ? 'finish'
              : 'process'
        }
        orientation={wide ? 'horizontal' : 'vertical'}
        size="small"
        items={steps}
      />

      {endorserReturn.map((opinion) => (
        <Alert
          key={opinion.kind}
          type="warning"
          showIcon
          style={{ marginTop: 16 }}
          title={t('status.endorserReturned', { kind: t(`endorse.kinds.${opinion.kind}`) })}
          description={
            <>
              <div className="prose">{opinion.comments}</div>
              <div className="muted">{t('status.endorserReturnedHint')}</div>
            </>
          }
        />
      ))}
      {endorserDeclined.map((opinion) => (
        <Alert
          key={opinion.kind}
          type="error"
          showIcon
          style={{ marginTop: 16 }}
          data-testid="not-recommended"
          title={t('status.notRecommendedTitle', { kind: t(`endorse.kinds.${opinion.kind}`) })}
          description={
            <>
              <div className="prose">{opinion.comments}</div>
              <div className="muted">{t('status.notRecommendedHint')}</div>
            </>
          }
        />
      ))}
      {status === 'returned' && lastDecision && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 16 }}
          data-testid="office-return"
          title={t('status.officeReturned')}
          description={
            <>
              <div className="prose">{lastDecision.note}</div>
              {application.resubmitBy && (
                <div style={{ marginTop: 6 }}>
                  <strong>
                    {t('status.resubmitBy', { time: formatDateTime(application.resubmitBy, locale) })}
                  </strong>{' '}
                  <Countdown deadline={application.resubmitBy} serverTime={application.serverTime} />
                </div>
              )}
              <div className="muted" style={{ fontSize: 12 }}>
                {t('status.decidedBy', {
                  name: lastDecision.decidedBy,
                  time: formatDateTime(lastDecision.decidedAt, locale),
                })}
              </div>
            </>
          }
        />
      )}
      {status === 'rejected' && lastDecision && (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 16 }}
          title={t('status.rejectedTitle', {
            clause: lastDecision.clause ? local(articleLabel(lastDecision.clause)) : t('empty'),
          })}
          description={<div className="prose">{lastDecision.note}</div>}
        />
      )}
      {status === 'accepted' && (
        <Alert
          type="success"
          showIcon
          style={{ marginTop: 16 }}
          title={t('status.acceptedTitle')}
          description={t('status.acceptedText')}
        />
      )}

      {beforeSubmission && (
        <Flex wrap gap="4px 16px" align="baseline" style={{ marginTop: 16 }} data-testid="deadline">
          <span>
            {t('status.deadline')}
            <strong>{t('time.beijing', { time: formatDateTime(application.deadline, locale) })}</strong>
          </span>
          <Countdown deadline={application.deadline} serverTime={application.serverTime} />
          {application.extension && (
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {t('status.extended', { reason: application.extension.reason ?? '' })}
            </Typography.Text>
          )}
        </Flex>
      )}

      {actionError && (
        <div style={{ marginTop: 16 }}>
          <ApiErrorAlert error={actionError} />
        </div>
      )}

      {status === 'draft' && (
        <Flex wrap gap={12} align="center" style={{ marginTop: 16 }}>
          <Popconfirm
            title={t('actions.requestConfirm')}
            okText={t('actions.request')}
            cancelText={t('cancel')}
            onConfirm={() => onAct('awaiting_endorsement')}
            disabled={!canRequest}
          >
            <Button
              type="primary"
              icon={<SolutionOutlined />}
              disabled={!canRequest}
              loading={acting === 'awaiting_endorsement'}
            >
              {t('actions.request')}
            </Button>
          </Popconfirm>
          {!canRequest && (
            <Typography.Text type="secondary">
              {missing > 0
                ? t('actions.incomplete', { count: missing })
                : deadlinePassed
                  ? t('actions.deadlinePassed', { time: formatDateTime(application.deadline, locale) })
                  : t('actions.notOpen')}
            </Typography.Text>
          )}
        </Flex>
      )}
      {status === 'awaiting_endorsement' && (
        <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0 }}>
          {t('actions.waiting')}
        </Typography.Paragraph>
      )}
      {(status === 'endorsed' || status === 'returned') && (
        <Flex wrap gap={12} align="center" style={{ marginTop: 16 }}>
          <Popconfirm
            title={t('actions.submitConfirm')}
            okText={t(status === 'returned' ? 'actions.resubmit' : 'actions.submit')}
            cancelText={t('cancel')}
            onConfirm={() => onAct('submitted')}
          >
            <Button
              type="primary"
              size="large"
              icon={<SendOutlined />}
              disabled={!canSubmit}
              loading={acting === 'submitted'}
            >
              {t(status === 'returned' ? 'actions.resubmit' : 'actions.submit')}
            </Button>
          </Popconfirm>
          {!canSubmit && status === 'endorsed' && deadlinePassed && (
            <Alert
              type="error"
              showIcon
              data-testid="deadline-passed"
              title={t('actions.deadlinePassed', { time: formatDateTime(application.deadline, locale) })}
            />
          )}
          {!canSubmit && status === 'returned' && (
            <Typography.Text type="secondary">{t('actions.resubmitClosed')}</Typography.Text>
          )}
        </Flex>
      )}

      {application.versions.length > 0 && (
        <div style={{ marginTop: 16 }}>
          <ReceiptCard application={application} />
        </div>
      )}
      {(status !== 'draft' || application.endorsements.length > 0) && (
        <>
          <h3 className="subsection-title" style={{ marginTop: 16 }}>
            {t('endorse.title')}
          </h3>
          <EndorsementList application={application} />
        </>
      )}
    </Card>
  );
}
