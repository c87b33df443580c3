import { Alert, App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/client.js';
import { expertsApi, type Conflict } from '../../api/experts.js';
import { asApiError } from '../../api/useApiData.js';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.js';
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
  const { message } = App.useApp();
  const { locale } = useLocale();
  const [form] = Form.useForm<{ reason: string }>();
  const [error, setError] = useState<ApiError>();
  const [saving, setSaving] = useState(false);
  const status = decision?.status ?? 'confirmed';

  const submit = async ({ reason }: { reason: string }) => {
    if (!decision) return;
    setSaving(true);
    setError(undefined);
    try {
      await expertsApi.decideConflict(decision.conflict.id, decision.status, reason.trim());
      void message.success(t('conflicts.decided'));
      form.resetFields();
      onDecided();
    } catch (failure) {
      setError(asApiError(failure));
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
      open={Boolean(decision)}
      title={
        decision &&
        t(`conflicts.decisionTitle.${status}`, {
          expert: decision.conflict.expertName,
          organisation: decision.conflict.organisationName,
        })
      }
      okText={status === 'confirmed' ? t('conflicts.confirm') : t('conflicts.dismiss')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={close}
      forceRender
    >
      <Alert
        type="info"
        showIcon
        title={t(`conflicts.decisionNote.${status}`)}
        style={{ marginBottom: 16 }}
      />
      {decision?.conflict.evidence && (
        <p className="evidence-quote">{evidenceIn(decision.conflict.evidence, locale)}</p>
      )}
      {error && <ApiErrorAlert error={error} />}
      <Form form={form} layout="vertical" onFinish={(values) => void submit(values)}>
        <Form.Item
          name="reason"
          label={t('conflicts.reason')}
          rules={[
            { required: true, whitespace: true, message: t('conflicts.reasonRequired') },
            { min: 2, message: t('conflicts.reasonRequired') },
          ]}
        >
          <Input.TextArea
            rows={3}
            placeholder={t('conflicts.reasonPlaceholder')}
            maxLength={1000}
            showCount
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
