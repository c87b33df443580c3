import { useTranslation } from 'react-i18next';
import { expertsApi, type Conflict } from '../../api/experts.js';
import { ReasonDialog } from '../../components/ReasonDialog.js';
import { useLocale } from '../../i18n/useLocale.js';
import { evidenceIn } from './conflictEvidence.js';

export interface ConflictDecision {
  conflict: Conflict;
  status: 'confirmed' | 'dismissed';
}

interface Props {
  decision: ConflictDecision | undefined;
  onClose: () => void;
  onDecided: () => void;
}

/** Confirm or dismiss a suggested conflict; the reason is required and audited. */
export function ConflictDecisionModal({ decision, onClose, onDecided }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const status = decision?.status ?? 'confirmed';
  return (
    <ReasonDialog
      open={Boolean(decision)}
      title={
        decision &&
        t(`conflicts.decisionTitle.${status}`, {
          expert: decision.conflict.expertName,
          organisation: decision.conflict.organisationName,
        })
      }
      okText={status === 'confirmed' ? t('conflicts.confirm') : t('conflicts.dismiss')}
      note={t(`conflicts.decisionNote.${status}`)}
      label={t('conflicts.reason')}
      placeholder={t('conflicts.reasonPlaceholder')}
      send={(reason) => expertsApi.decideConflict(decision!.conflict.id, status, reason)}
      invalidates={['/conflicts']}
      success={t('conflicts.decided')}
      onDone={onDecided}
      onClose={onClose}
    >
      {decision?.conflict.evidence && (
        <p className="evidence-quote">{evidenceIn(decision.conflict.evidence, locale)}</p>
      )}
    </ReasonDialog>
  );
}
