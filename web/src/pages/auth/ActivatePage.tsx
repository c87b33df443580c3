import { KeyOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { authApi } from '../../api/auth.js';
import type { ApiError } from '../../api/client.js';
import { asApiError } from '../../api/useApiData.js';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.js';
import { applyFieldErrors } from '../../components/fieldErrors.js';
import { PasswordRules } from '../../components/PasswordRules.js';
import { usePageTitle } from '../../layout/usePageTitle.js';

interface Values {
  username: string;
  code: string;
  newPassword: string;
  confirmPassword: string;
}

const FIELDS = ['username', 'code', 'newPassword'] as const;

/**
 * A person sets their own first password with the one-time code they were handed: nobody else
 * (not the administrator, not the Office) ever knows it (三员分立).
 */
export default function ActivatePage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const reset = params.get('purpose') === 'reset';
  usePageTitle(t(reset ? 'activate.resetTitle' : 'activate.title'));
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<{ error: ApiError; unplaced: string[] }>();
  const [saving, setSaving] = useState(false);
  const [done, setDone] = useState<string>();

  const submit = async (values: Values) => {
    setSaving(true);
    setError(undefined);
    try {
      await authApi.activate(values.username.trim(), values.code.trim(), values.newPassword);
      setDone(values.username.trim());
    } catch (reason) {
      const apiError = asApiError(reason);
      setError({ error: apiError, unplaced: applyFieldErrors(form, apiError, FIELDS) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <div style={{ display: 'flex', justifyContent: 'center', padding: '24px 0' }}>
      <Card style={{ width: '100%', maxWidth: 480 }} styles={{ body: { padding: 32 } }}>
        <Typography.Title level={1} style={{ fontSize: 24, marginTop: 0 }}>
          {t(reset ? 'activate.resetTitle' : 'activate.title')}
        </Typography.Title>
        {done ? (
          <>
            <Alert
              type="success"
              showIcon
              title={t(reset ? 'activate.resetDone' : 'activate.done')}
              style={{ marginBottom: 16 }}
            />
            <Link to={`/sign-in`}>
              <Button type="primary" block size="large">
                {t('activate.toSignIn', { username: done })}
              </Button>
            </Link>
          </>
        ) : (
          <>
            <p style={{ color: 'var(--ink-muted)', marginTop: 0 }}>
              {t(reset ? 'activate.resetLead' : 'activate.lead')}
            </p>
            {error && <ApiErrorAlert error={error.error} unplaced={error.unplaced} />}
            <Form<Values>
              form={form}
              layout="vertical"
              requiredMark={false}
              initialValues={{ username: params.get('username') ?? '', code: params.get('code') ?? '' }}
              onFinish={(values) => void submit(values)}
            >
              <Form.Item
                label={t('activate.username')}
                name="username"
                rules={[{ required: true, whitespace: true, message: t('signIn.usernameRequired') }]}
              >
                <Input prefix={<UserOutlined />} autoComplete="username" size="large" />
              </Form.Item>
              <Form.Item
                label={t(reset ? 'activate.resetCode' : 'activate.code')}
                name="code"
                extra={t('activate.codeHelp')}
                rules={[{ required: true, whitespace: true, message: t('activate.codeRequired') }]}
              >
                <Input
                  prefix={<KeyOutlined />}
                  autoComplete="one-time-code"
                  size="large"
                  spellCheck={false}
                />
              </Form.Item>
              <PasswordRules id="activate-password-rules" />
              <Form.Item
                label={t('account.newPassword')}
                name="newPassword"
                rules={[
                  { required: true, message: t('common.required', { field: t('account.newPassword') }) },
                ]}
              >
                <Input.Password
                  autoComplete="new-password"
                  size="large"
                  aria-describedby="activate-password-rules"
                />
              </Form.Item>
              <Form.Item
                label={t('account.confirmPassword')}
                name="confirmPassword"
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
                <Input.Password autoComplete="new-password" size="large" />
              </Form.Item>
              <Button type="primary" htmlType="submit" size="large" block loading={saving}>
                {t('activate.submit')}
              </Button>
            </Form>
          </>
        )}
      </Card>
    </div>
  );
}
