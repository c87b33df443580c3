import { App, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { authApi } from '../../api/auth.js';
import type { ApiError } from '../../api/client.js';
import { asApiError } from '../../api/useApiData.js';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.js';
import { applyFieldErrors } from '../../components/fieldErrors.js';
import { PasswordRules } from '../../components/PasswordRules.js';
import { useSession } from '../../session/SessionContext.js';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

const FIELDS = ['currentPassword', 'newPassword'] as const;

/** Change password; the server enforces the policy and its details appear beside the fields. */
export function ChangePasswordForm() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { refresh } = useSession();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<{ error: ApiError; unplaced: string[] }>();
  const [saving, setSaving] = useState(false);

  const submit = async (values: Values) => {
    setSaving(true);
    setError(undefined);
    try {
      await authApi.changePassword(values.currentPassword, values.newPassword);
      form.resetFields();
      void message.success(t('account.changed'));
      await refresh();
    } catch (reason) {
      const apiError = asApiError(reason);
      if (apiError.code === 'auth/wrong-current-password') {
        form.setFields([{ name: 'currentPassword', errors: [apiError.message] }]);
      }
      setError({ error: apiError, unplaced: applyFieldErrors(form, apiError, FIELDS) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      style={{ maxWidth: 420 }}
      requiredMark={false}
      onFinish={(values) => void submit(values)}
    >
      {error && <ApiErrorAlert error={error.error} unplaced={error.unplaced} />}
      <Form.Item
        name="currentPassword"
        label={t('account.currentPassword')}
        rules={[{ required: true, message: t('common.required', { field: t('account.currentPassword') }) }]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <PasswordRules id="change-password-rules" />
      <Form.Item
        name="newPassword"
        label={t('account.newPassword')}
        rules={[{ required: true, message: t('common.required', { field: t('account.newPassword') }) }]}
      >
        <Input.Password autoComplete="new-password" aria-describedby="change-password-rules" />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={t('account.confirmPassword')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('common.required', { field: t('account.confirmPassword') }) },
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              !value || getFieldValue('newPassword') === value
                ? Promise.resolve()
                : Promise.reject(new Error(t('account.mismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={saving}>
        {t('account.changePassword')}
      </Button>
    </Form>
  );
}
