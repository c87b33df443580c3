import { useTranslation } from 'react-i18next';
import { myApi } from '../../api/experts.js';
import { ReasonDialog } from '../../components/ReasonDialog.js';

interface Props {
  open: boolean;
  commitmentId: string;
  onClose: () => void;
  onDeclined: () => void;
}

/** An expert declines a seat, with the reason the Office sees; a reserve is then called. */
export function DeclineModal({ open, commitmentId, onClose, onDeclined }: Props) {
  const { t } = useTranslation();
  return (
    <ReasonDialog
      open={open}
      title={t('invitations.declineTitle')}
      okText={t('invitations.decline')}
      danger
      note={t('invitations.declineNote')}
      label={t('invitations.reason')}
      placeholder={t('invitations.reasonPlaceholder')}
      send={(reason) => myApi.respond(commitmentId, 'declined', reason)}
      invalidates={['/my/panels']}
      success={t('invitations.declined')}
      onDone={onDeclined}
      onClose={onClose}
    />
  );
}
