import { useTranslation } from 'react-i18next';
import { accountsApi } from '../../api/accounts.js';
import type { Account } from '../../api/types.js';
import { ReasonDialog } from '../../components/ReasonDialog.js';

interface Props {
  account: Account | undefined;
  onClose: () => void;
  onChanged: () => void;
}

/** Disable or enable an account; the reason is required and goes into the audit trail. */
export function AccountStatusModal({ account, onClose, onChanged }: Props) {
  const { t } = useTranslation();
  const disabling = account?.status === 'active';
  return (
    <ReasonDialog
      open={Boolean(account)}
      title={
        account &&
        t(disabling ? 'accounts.disableTitle' : 'accounts.enableTitle', {
          name: `${account.displayName}（${account.username}）`,
        })
      }
      okText={disabling ? t('accounts.disable') : t('accounts.enable')}
      danger={disabling}
      label={t('accounts.reason')}
      placeholder={t('accounts.reasonPlaceholder')}
      maxLength={500}
      send={(reason) => accountsApi.setStatus(account!.id, disabling ? 'disabled' : 'active', reason)}
      invalidates={['/accounts']}
      success={disabling ? t('accounts.disabled') : t('accounts.enabled')}
      onDone={onChanged}
      onClose={onClose}
    />
  );
}
