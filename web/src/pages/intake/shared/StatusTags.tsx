import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApplicationStatus } from '../../../../../src/applications/core/application-status.js';
import type { ApplicationWindow, CycleStage } from '../../../../../src/cycles/core/cycle-stages.js';
import type { Verdict } from '../../../../../src/eligibility/core/eligibility.js';

const STATUS_COLORS: Record<ApplicationStatus, string> = {
  draft: 'default',
  awaiting_endorsement: 'processing',
  endorsed: 'cyan',
  submitted: 'geekblue',
  accepted: 'success',
  returned: 'warning',
  rejected: 'error',
  not_recommended: 'error',
};

export function ApplicationStatusTag({ status }: { status: ApplicationStatus }) {
  const { t } = useTranslation('intake');
  return (
    <Tag color={STATUS_COLORS[status]} data-status={status}>
      {t(`status.${status}`)}
    </Tag>
  );
}

const STAGE_COLORS: Record<CycleStage, string> = {
  draft: 'default',
  criteria_approved: 'blue',
  published: 'green',
  closed: 'default',
};

export function CycleStageTag({ stage }: { stage: CycleStage }) {
  const { t } = useTranslation('intake');
  return <Tag color={STAGE_COLORS[stage]}>{t(`stage.${stage}`)}</Tag>;
}

const WINDOW_COLORS: Record<ApplicationWindow, string> = {
  'not-published': 'default',
  announced: 'blue',
  open: 'green',
  closed: 'volcano',
};

export function WindowTag({ window }: { window: ApplicationWindow }) {
  const { t } = useTranslation('intake');
  return <Tag color={WINDOW_COLORS[window]}>{t(`window.${window}`)}</Tag>;
}

const VERDICT_COLORS: Record<Verdict, string> = { pass: 'success', fail: 'error', 'needs-check': 'warning' };

export function VerdictTag({ verdict }: { verdict: Verdict }) {
  const { t } = useTranslation('intake');
  return (
    <Tag color={VERDICT_COLORS[verdict]} style={{ marginInlineEnd: 0 }}>
      {t(`verdict.${verdict}`)}
    </Tag>
  );
}

const ELIGIBLE_COLORS = { yes: 'success', no: 'error', pending: 'warning' } as const;

export function EligibleTag({ eligible }: { eligible: 'yes' | 'no' | 'pending' }) {
  const { t } = useTranslation('intake');
  return (
    <Tag color={ELIGIBLE_COLORS[eligible]} style={{ marginInlineEnd: 0 }}>
      {t(`eligible.${eligible}`)}
    </Tag>
  );
}

export function PriorityTag() {
  const { t } = useTranslation('intake');
  return (
    <Tag color="gold" style={{ marginInlineEnd: 0 }}>
      {t('eligibility.priority')}
    </Tag>
  );
}
