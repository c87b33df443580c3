import { Alert, Card, Col, Descriptions, Row, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../layout/PageHeader.js';
import { isRoleKey } from '../../session/roles.js';
import { useSession } from '../../session/SessionContext.js';
import { ChangePasswordForm } from './ChangePasswordForm.js';

/** The person's own profile and password. */
export default function AccountPage() {
  const { t } = useTranslation();
  const { session } = useSession();
  const user = session?.user;
  if (!user) return null;

  return (
    <>
      <PageHeader title={t('account.title')} />
      {user.mustChangePassword && (
        <Alert type="warning" showIcon title={t('account.mustChange')} style={{ marginBottom: 16 }} />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={t('account.profile')} style={{ height: '100%' }}>
            <Descriptions
              column={1}
              size="small"
              items={[
                { key: 'username', label: t('account.username'), children: user.username },
                { key: 'name', label: t('account.displayName'), children: user.displayName },
                {
                  key: 'roles',
                  label: t('account.roles'),
                  children: user.roles.filter(isRoleKey).map((role) => (
                    <Tag key={role} color="blue">
                      {t(`roles.${role}`)}
                    </Tag>
                  )),
                },
              ]}
            />
            <p style={{ color: 'var(--ink-muted)', fontSize: 13, marginBottom: 0 }}>
              {t('account.sessionNote', { minutes: session.idleTimeoutMinutes })}
            </p>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('account.changePassword')}>
            <ChangePasswordForm />
          </Card>
        </Col>
      </Row>
    </>
  );
}
