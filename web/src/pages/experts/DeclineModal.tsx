import { Alert, App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/client.js';
import { myApi } from '../../api/experts.js';
import { asApiError } from '../../api/useApiData.js';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.js';

interface Props {
  open: boolean;
  commitmentId: string;
  onClose: () => void;
  onDeclined: () => void;
}

/** An expert declines a seat, with the reason the Office sees; a reserve is then called. */
export function DeclineModal({ open, commitmentId, onClose, onDeclined }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [error, setError] = useState<ApiError>();
  const [saving, setSaving] = useState(false);

  const submit = async ({ reason }: { reason: string }) => {
    setSaving(true);
    setError(undefined);
    try {
      await myApi.respond(commitmentId, 'declined', reason.trim());
      void message.success(t('invitations.declined'));
      form.resetFields();
      onDeclined();
    } catch (failure) {
      setError(asApiError(failure));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('invitations.declineTitle')}
      okText={t('invitations.decline')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={() => {
        setError(undefined);
        form.resetFields();
        onClose();
      }}
      forceRender
    >
      <Alert type="info" showIcon title={t('invitations.declineNote')} style={{ marginBottom: 16 }} />
      {error && <ApiErrorAlert error={error} />}
      <Form form={form} layout="vertical" onFinish={(values) => void submit(values)}>
        <Form.Item
          name="reason"
          label={t('invitations.reason')}
          rules={[
            { required: true, whitespace: true, message: t('invitations.reasonRequired') },
            { min: 2, message: t('invitations.reasonRequired') },
          ]}
        >
          <Input.TextArea
            rows={3}
            placeholder={t('invitations.reasonPlaceholder')}
            maxLength={1000}
            showCount
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
