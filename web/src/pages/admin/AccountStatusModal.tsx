import { App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accountsApi } from '../../api/accounts.js';
import type { ApiError } from '../../api/client.js';
import type { Account } from '../../api/types.js';
import { asApiError } from '../../api/useApiData.js';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.js';

interface Props {
  account: Account | undefined;
  onClose: () => void;
  onChanged: () => void;
}

/** Disable or enable an account; the reason is required and goes into the audit trail. */
export function AccountStatusModal({ account, onClose, onChanged }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [error, setError] = useState<ApiError>();
  const [saving, setSaving] = useState(false);
  const disabling = account?.status === 'active';

  const submit = async ({ reason }: { reason: string }) => {
    if (!account) return;
    setSaving(true);
    setError(undefined);
    try {
      await accountsApi.setStatus(account.id, disabling ? 'disabled' : 'active', reason.trim());
      void message.success(disabling ? t('accounts.disabled') : t('accounts.enabled'));
      form.resetFields();
      onChanged();
    } catch (reason) {
      setError(asApiError(reason));
    } finally {
      setSaving(false);
    }
  };

  const close = () => {
    setError(undefined);
    form.resetFields();
    onClose();
  };

  return (
    <Modal
      open={Boolean(account)}
      title={
        account &&
        t(disabling ? 'accounts.disableTitle' : 'accounts.enableTitle', {
          name: `${account.displayName}（${account.username}）`,
        })
      }
      okText={disabling ? t('accounts.disable') : t('accounts.enable')}
      okButtonProps={{ danger: disabling }}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={close}
      forceRender
    >
      {error && <ApiErrorAlert error={error} />}
      <Form form={form} layout="vertical" onFinish={(values) => void submit(values)}>
        <Form.Item
          name="reason"
          label={t('accounts.reason')}
          rules={[{ required: true, whitespace: true, message: t('accounts.reasonRequired') }]}
        >
          <Input.TextArea rows={3} placeholder={t('accounts.reasonPlaceholder')} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
