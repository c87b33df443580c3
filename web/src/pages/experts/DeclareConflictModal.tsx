import { Alert, App, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/client.js';
import { myApi } from '../../api/experts.js';
import { asApiError } from '../../api/useApiData.js';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.js';

interface Values {
  organisationId: string;
  evidence: string;
}

interface Props {
  open: boolean;
  /** The applicants of the expert's panel. */
  organisations: { id: string; name: string }[];
  onClose: () => void;
  onDeclared: () => void;
}

/** An expert declares a conflict with an applicant of their panel; it takes effect at once. */
export function DeclareConflictModal({ open, organisations, onClose, onDeclared }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<ApiError>();
  const [saving, setSaving] = useState(false);

  const submit = async (values: Values) => {
    setSaving(true);
    setError(undefined);
    try {
      await myApi.declareConflict(values.organisationId, values.evidence.trim());
      void message.success(t('invitations.declared'));
      form.resetFields();
      onDeclared();
    } catch (failure) {
      setError(asApiError(failure));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('invitations.declareTitle')}
      okText={t('common.submit')}
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
      <Alert type="info" showIcon title={t('invitations.declareNote')} style={{ marginBottom: 16 }} />
      {error && <ApiErrorAlert error={error} />}
      <Form<Values> form={form} layout="vertical" onFinish={(values) => void submit(values)}>
        <Form.Item
          name="organisationId"
          label={t('invitations.organisation')}
          rules={[{ required: true, message: t('common.choose', { field: t('invitations.organisation') }) }]}
        >
          <Select options={organisations.map((o) => ({ value: o.id, label: o.name }))} />
        </Form.Item>
        <Form.Item
          name="evidence"
          label={t('invitations.evidence')}
          rules={[
            { required: true, whitespace: true, message: t('invitations.evidenceRequired') },
            { min: 2, message: t('invitations.evidenceRequired') },
          ]}
        >
          <Input.TextArea
            rows={3}
            placeholder={t('invitations.evidencePlaceholder')}
            maxLength={2000}
            showCount
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
