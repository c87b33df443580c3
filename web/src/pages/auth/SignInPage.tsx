import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import type { ApiError } from '../../api/client.js';
import { asApiError } from '../../api/useApiData.js';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.js';
import { useSession } from '../../session/SessionContext.js';
import { usePageTitle } from '../../layout/usePageTitle.js';

interface Credentials {
  username: string;
  password: string;
}

/** Only same-site workspace paths are followed after sign-in, never an address from elsewhere. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/app') ? next : '/app';
}

export default function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('signIn.title'));
  const { session, expired, signIn } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [error, setError] = useState<ApiError>();
  const [submitting, setSubmitting] = useState(false);

  if (session?.authenticated && !submitting) return <Navigate to={safeNext(params.get('next'))} replace />;

  const submit = async ({ username, password }: Credentials) => {
    setSubmitting(true);
    setError(undefined);
    try {
      const user = await signIn(username.trim(), password);
      navigate(user.mustChangePassword ? '/app/account' : safeNext(params.get('next')), { replace: true });
    } catch (reason) {
      setError(asApiError(reason));
      setSubmitting(false);
    }
  };

  return (
    <div style={{ display: 'flex', justifyContent: 'center', padding: '24px 0' }}>
      <Card style={{ width: '100%', maxWidth: 420 }} styles={{ body: { padding: 32 } }}>
        <Typography.Title level={1} style={{ fontSize: 24, marginTop: 0 }}>
          {t('signIn.title')}
        </Typography.Title>
        <p style={{ color: 'var(--ink-muted)', marginTop: 0 }}>{t('signIn.lead')}</p>
        {error && <ApiErrorAlert error={error} />}
        {!error && expired && (
          <Alert type="warning" showIcon title={t('session.expired')} style={{ marginBottom: 16 }} />
        )}
        <Form<Credentials> layout="vertical" requiredMark={false} onFinish={(values) => void submit(values)}>
          <Form.Item
            label={t('signIn.username')}
            name="username"
            rules={[{ required: true, whitespace: true, message: t('signIn.usernameRequired') }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" size="large" autoFocus />
          </Form.Item>
          <Form.Item
            label={t('signIn.password')}
            name="password"
            rules={[{ required: true, message: t('signIn.passwordRequired') }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" />
          </Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            size="large"
            block
            loading={submitting}
            disabled={!session}
          >
            {t('signIn.submit')}
          </Button>
        </Form>
        <Flex justify="space-between" wrap gap={8} style={{ marginTop: 16 }}>
          <Link to="/reset-password">{t('signIn.forgot')}</Link>
          <Link to="/activate">{t('signIn.activate')}</Link>
        </Flex>
        <p style={{ marginTop: 12, marginBottom: 0 }}>
          {t('signIn.noAccount')} <Link to="/register">{t('signIn.register')}</Link>
        </p>
        <p style={{ color: 'var(--ink-muted)', fontSize: 13, marginTop: 12, marginBottom: 0 }}>
          {t('signIn.help')}
          <br />
          {t('signIn.securityNote')}
        </p>
      </Card>
    </div>
  );
}
