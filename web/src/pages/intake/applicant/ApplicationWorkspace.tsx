import { LockOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Flex, Form, Grid, Row, Skeleton, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applicationsApi, documentUrl } from '../../../api/intake.js';
import { useApiMutation } from '../../../api/useApiMutation.js';
import { ErrorState } from '../../../layout/ErrorState.js';
import { PageHeader } from '../../../layout/PageHeader.js';
import { ApplicationReadOnly } from '../shared/ApplicationReadOnly.js';
import { EligibilityList, EligibilitySummary } from '../shared/EligibilityList.js';
import { ApplicationStatusTag } from '../shared/StatusTags.js';
import { useFramework, useProgramme } from '../shared/useCatalogue.js';
import { ApplicationStatusCard, type ApplicantAction } from './ApplicationStatusCard.js';
import { ChecklistPanel } from './ChecklistPanel.js';
import { SaveIndicator } from './SaveIndicator.js';
import { BasicSection } from './sections/BasicSection.js';
import { DeclarationsSection } from './sections/DeclarationsSection.js';
import { scrollToField } from './sections/fieldId.js';
import { FinancialsSection } from './sections/FinancialsSection.js';
import { HonoursSection } from './sections/HonoursSection.js';
import { OverviewSection } from './sections/OverviewSection.js';
import { QmsSection } from './sections/QmsSection.js';
import { SelfAssessmentSection } from './sections/SelfAssessmentSection.js';
import { useApplicationDraft } from './useApplicationDraft.js';

/**
 * The applicant's application: status and next step on top, the form (saved as one types) with
 * the checklist and the eligibility results beside it; read-only once it left the drafting stage.
 */
export function ApplicationWorkspace({ id }: { id: string }) {
  const { t } = useTranslation('intake');
  const { message, notification } = App.useApp();
  const wide = Grid.useBreakpoint().lg ?? true;
  const onConflict = useCallback(
    () =>
      notification.warning({
        title: t('save.conflictTitle'),
        description: t('save.conflictText'),
        duration: 8,
      }),
    [notification, t],
  );
  const draft = useApplicationDraft(id, onConflict);
  const { view, form } = draft;
  const programme = useProgramme(view?.cycle.rulesVersionId);
  const framework = useFramework(view?.cycle.frameworkId);
  const [openCategories, setOpenCategories] = useState<string[]>([]);
  // Asking for endorsement and submitting: the draft saved first, then sent once (useApiMutation).
  const act = useApiMutation<ApplicantAction, string | undefined>(
    async (action) => {
      if (!view || !(await draft.flush())) return undefined;
      if (action === 'awaiting_endorsement') {
        draft.replaceView(await applicationsApi.requestEndorsement(view.id));
        return t('actions.requested');
      }
      const receipt = await applicationsApi.submit(view.id);
      draft.replaceView(await applicationsApi.get(view.id));
      return t('actions.submitted', { number: receipt.receiptNumber });
    },
    {
      invalidates: ['/applications'],
      onSuccess: (done) => {
        if (!done) return;
        void message.success(done);
        window.scrollTo({ top: 0, behavior: 'smooth' });
      },
      onError: () => void draft.reload(),
    },
  );

  if (draft.loadError) return <ErrorState error={draft.loadError} onRetry={() => void draft.reload()} />;
  if (!view || !form) return <Skeleton active paragraph={{ rows: 14 }} />;

  const goTo = (field: string) => {
    if (field.startsWith('selfAssessment.')) {
      const code = field.slice('selfAssessment.'.length);
      const category = framework.data?.categories.find((c) => c.items.some((i) => i.code === code));
      if (category && !openCategories.includes(category.code)) {
        setOpenCategories((keys) => [...keys, category.code]);
        setTimeout(() => scrollToField(field), 250);
        return;
      }
    }
    scrollToField(field);
  };

  const sectionProps = {
    view,
    form,
    update: draft.update,
    fieldErrors: draft.fieldErrors,
    onUploaded: draft.addFile,
  };
  const editable = view.abilities.edit;
  const maxChars = programme.data?.parameters.overviewMaxChars.value;

  const checklist = <ChecklistPanel items={view.checklist} onGo={goTo} />;
  const eligibility = (
    <Card size="small" title={t('eligibility.title')} data-testid="eligibility">
      <EligibilitySummary report={view.eligibility} />
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '8px 0 0' }}>
        {t('eligibility.applicantNote')}
      </Typography.Paragraph>
      <EligibilityList report={view.eligibility} compact />
    </Card>
  );

  return (
    <>
      <PageHeader
        title={t('apply.title', { year: view.cycle.year })}
        lead={view.organisation?.name}
        extra={
          <Flex gap={12} align="center" wrap>
            <ApplicationStatusTag status={view.status} />
            <Button icon={<PrinterOutlined />} href={documentUrl(view.id)} data-testid="print-document">
              {t('receipt.printDocument')}
            </Button>
            {editable && <SaveIndicator state={draft.save} onRetry={() => void draft.flush()} />}
          </Flex>
        }
      />
      <ApplicationStatusCard
        application={view}
        acting={act.pending ? act.variables : undefined}
        actionError={act.failure?.error}
        onAct={(a) => void act.submit(a)}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          {!wide && editable && <div style={{ marginBottom: 16 }}>{checklist}</div>}
          {editable ? (
            <Form layout="vertical" component="div" className="application-form">
              <Flex vertical gap={16}>
                <BasicSection {...sectionProps} />
                <FinancialsSection {...sectionProps} />
                <QmsSection {...sectionProps} />
                <HonoursSection {...sectionProps} />
                <DeclarationsSection {...sectionProps} />
                {maxChars !== undefined && <OverviewSection {...sectionProps} maxChars={maxChars} />}
                {framework.data && (
                  <SelfAssessmentSection
                    {...sectionProps}
                    framework={framework.data}
                    open={openCategories}
                    onOpenChange={setOpenCategories}
                  />
                )}
              </Flex>
            </Form>
          ) : (
            <>
              <Alert
                type="info"
                showIcon
                icon={<LockOutlined />}
                style={{ marginBottom: 16 }}
                title={
                  view.status === 'endorsed' && !view.abilities.transitions.includes('submitted')
                    ? t('apply.lockedLate')
                    : t(`apply.locked.${view.status}`)
                }
              />
              <ApplicationReadOnly application={view} framework={framework.data} />
            </>
          )}
        </Col>
        <Col xs={24} lg={8}>
          {/* It scrolls on its own on wide screens, so it takes the keyboard focus too. */}
          <Flex
            vertical
            gap={16}
            className="application-layout__side"
            tabIndex={0}
            role="region"
            aria-label={t('checklist.title')}
          >
            {wide && editable && checklist}
            {eligibility}
          </Flex>
        </Col>
      </Row>
    </>
  );
}
