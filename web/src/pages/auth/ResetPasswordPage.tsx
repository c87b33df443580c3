import { UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { authApi } from '../../api/auth.js';
import type { ApiError } from '../../api/client.js';
import { useApi } from '../../api/useApi.js';
import { asApiError } from '../../api/useApiData.js';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.js';
import { LoadingState } from '../../layout/LoadingState.js';
import { usePageTitle } from '../../layout/usePageTitle.js';

/**
 * A forgotten password: by e-mail when the platform has mail (the answer never says whether the
 * name exists), otherwise the way to the Office; either way the person sets the new password
 * themselves with a one-time code at /activate.
 */
export default function ResetPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('reset.title'));
  const how = useApi('/api/auth/password-reset');
  const [error, setError] = useState<ApiError>();
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState(false);

  const submit = async ({ username }: { username: string }) => {
    setSending(true);
    setError(undefined);
    try {
      await authApi.requestReset(username.trim());
      setSent(true);
    } catch (reason) {
      setError(asApiError(reason));
    } finally {
      setSending(false);
    }
  };

  return (
    <div style={{ display: 'flex', justifyContent: 'center', padding: '24px 0' }}>
      <Card style={{ width: '100%', maxWidth: 480 }} styles={{ body: { padding: 32 } }}>
        <Typography.Title level={1} style={{ fontSize: 24, marginTop: 0 }}>
          {t('reset.title')}
        </Typography.Title>
        {!how.data ? (
          <LoadingState />
        ) : how.data.byMail ? (
          sent ? (
            <Alert type="success" showIcon title={t('reset.sent')} style={{ marginBottom: 16 }} />
          ) : (
            <>
              <p style={{ color: 'var(--ink-muted)', marginTop: 0 }}>
                {t('reset.byMailLead', { hours: how.data.codeHours })}
              </p>
              {error && <ApiErrorAlert error={error} />}
              <Form<{ username: string }>
                layout="vertical"
                requiredMark={false}
                onFinish={(values) => void submit(values)}
              >
                <Form.Item
                  label={t('signIn.username')}
                  name="username"
                  rules={[{ required: true, whitespace: true, message: t('signIn.usernameRequired') }]}
                >
                  <Input prefix={<UserOutlined />} autoComplete="username" size="large" />
                </Form.Item>
                <Button type="primary" htmlType="submit" size="large" block loading={sending}>
                  {t('reset.submit')}
                </Button>
              </Form>
            </>
          )
        ) : (
          <Alert
            type="info"
            showIcon
            title={t('reset.noMailTitle')}
            description={
              <>
                <p style={{ margin: '4px 0' }}>{t('reset.organisations', { hours: how.data.codeHours })}</p>
                <p style={{ margin: '4px 0 0' }}>{t('reset.staff')}</p>
              </>
            }
            style={{ marginBottom: 16 }}
          />
        )}
        <p style={{ marginTop: 16, marginBottom: 0 }}>
          <Link to="/activate?purpose=reset">{t('reset.haveCode')}</Link>
        </p>
        <p style={{ marginTop: 8, marginBottom: 0 }}>
          <Link to="/sign-in">{t('reset.backToSignIn')}</Link>
        </p>
      </Card>
    </div>
  );
}
