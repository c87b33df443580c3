import { Alert, App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExpertStatus } from '../../../../src/experts/core/expert.js';
import type { ApiError } from '../../api/client.js';
import { expertsApi, type Expert } from '../../api/experts.js';
import { asApiError } from '../../api/useApiData.js';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.js';

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
 * a second time before it is sent.
 */
export function ExpertStatusModal({ change, onClose, onChanged }: Props) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [error, setError] = useState<ApiError>();
  const [saving, setSaving] = useState(false);
  const status = change?.status ?? 'suspended';
  const final = status === 'disqualified';

  const send = async (reason: string) => {
    if (!change) return;
    setSaving(true);
    setError(undefined);
    try {
      await expertsApi.setStatus(change.expert.id, change.status, reason);
      void message.success(t('experts.statusModal.done'));
      form.resetFields();
      onChanged();
    } catch (failure) {
      setError(asApiError(failure));
    } finally {
      setSaving(false);
    }
  };

  const submit = ({ reason }: { reason: string }) => {
    const text = reason.trim();
    if (!final) return void send(text);
    modal.confirm({
      title: t('experts.statusModal.confirmTitle', { name: change?.expert.name }),
      content: t('experts.statusModal.confirmText'),
      okText: t('experts.disqualify'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () => send(text),
    });
  };

  const close = () => {
    setError(undefined);
    form.resetFields();
    onClose();
  };

  return (
    <Modal
      open={Boolean(change)}
      title={change && t(TITLES[status], { name: `${change.expert.name}（${change.expert.code}）` })}
      okText={t(ACTIONS[status])}
      okButtonProps={{ danger: status !== 'active' }}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={close}
      forceRender
    >
      <Alert
        type={final ? 'warning' : 'info'}
        showIcon
        title={t(NOTES[status])}
        style={{ marginBottom: 16 }}
      />
      {error && <ApiErrorAlert error={error} />}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="reason"
          label={t('experts.statusModal.reason')}
          rules={[
            { required: true, whitespace: true, message: t('experts.statusModal.reasonRequired') },
            { min: 2, message: t('experts.statusModal.reasonRequired') },
          ]}
        >
          <Input.TextArea
            rows={3}
            placeholder={t('experts.statusModal.reasonPlaceholder')}
            maxLength={1000}
            showCount
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
