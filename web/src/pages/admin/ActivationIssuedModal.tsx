import { Alert, Button, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AccountWithActivation } from '../../api/types.js';
import { OneTimeCode } from '../../components/OneTimeCode.js';
import { isRoleKey } from '../../session/roles.js';

/** The activation code of a new or reset account, shown once; closing forgets it. */
export function ActivationIssuedModal({
  issued,
  onClose,
}: {
  issued: AccountWithActivation | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const pending = issued?.account.pendingRoles ?? [];
  return (
    <Modal
      open={Boolean(issued)}
      title={t('accounts.createdTitle')}
      onCancel={onClose}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('common.close')}
        </Button>
      }
    >
      {issued && (
        <>
          <OneTimeCode
            username={issued.account.username}
            code={issued.activation.code}
            expiresAt={issued.activation.expiresAt}
          />
          {pending.length > 0 && (
            <Alert
              type="info"
              showIcon
              style={{ marginTop: 16 }}
              title={t('accounts.pendingNote', {
                roles: pending.map((g) => (isRoleKey(g.role) ? t(`roles.${g.role}`) : g.role)).join('、'),
              })}
            />
          )}
        </>
      )}
    </Modal>
  );
}
