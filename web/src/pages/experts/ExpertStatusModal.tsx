import { useTranslation } from 'react-i18next';
import type { ExpertStatus } from '../../../../src/experts/core/expert.js';
import { expertsApi, type Expert } from '../../api/experts.js';
import { ReasonDialog } from '../../components/ReasonDialog.js';

export interface StatusChange {
  expert: Expert;
  status: ExpertStatus;
}

const TITLES = {
  active: 'experts.statusModal.reinstateTitle',
  suspended: 'experts.statusModal.suspendTitle',
  disqualified: 'experts.statusModal.disqualifyTitle',
} as const;

const NOTES = {
  active: 'experts.statusModal.reinstateNote',
  suspended: 'experts.statusModal.suspendNote',
  disqualified: 'experts.statusModal.disqualifyNote',
} as const;

const ACTIONS = {
  active: 'experts.reinstate',
  suspended: 'experts.suspend',
  disqualified: 'experts.disqualify',
} as const;

interface Props {
  change: StatusChange | undefined;
  onClose: () => void;
  onChanged: () => void;
}

/**
 * Suspend, reinstate or disqualify with a reason. Disqualification is final (Art. 26), so it asks
 * a second time, saying what it will do, before it is sent.
 */
export function ExpertStatusModal({ change, onClose, onChanged }: Props) {
  const { t } = useTranslation();
  const status = change?.status ?? 'suspended';
  const final = status === 'disqualified';
  return (
    <ReasonDialog
      open={Boolean(change)}
      title={change && t(TITLES[status], { name: `${change.expert.name}（${change.expert.code}）` })}
      okText={t(ACTIONS[status])}
      danger={status !== 'active'}
      note={t(NOTES[status])}
      noteType={final ? 'warning' : 'info'}
      clause={final ? t('experts.statusModal.clause') : undefined}
      label={t('experts.statusModal.reason')}
      placeholder={t('experts.statusModal.reasonPlaceholder')}
      send={(reason) => expertsApi.setStatus(change!.expert.id, status, reason)}
      invalidates={['/experts']}
      success={t('experts.statusModal.done')}
      confirm={
        final
          ? {
              title: t('experts.statusModal.confirmTitle', { name: change?.expert.name }),
              effects: t('experts.statusModal.effects', { returnObjects: true }),
              clause: t('experts.statusModal.clause'),
              okText: t('experts.disqualify'),
            }
          : undefined
      }
      onDone={onChanged}
      onClose={onClose}
    />
  );
}
