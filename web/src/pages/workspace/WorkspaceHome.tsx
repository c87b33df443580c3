import { Alert, Col, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageHeader } from '../../layout/PageHeader.js';
import { isRoleKey } from '../../session/roles.js';
import { useSession } from '../../session/SessionContext.js';
import { IntakeHomeCards } from '../intake/workspace/IntakeHomeCards.js';
import { ReviewHomeCards } from '../experts/ReviewHomeCards.js';
import { RoleCard } from './RoleCard.js';

/** The workspace home: a greeting, the person's roles and, for each, what it does in the award. */
export default function WorkspaceHome() {
  const { t } = useTranslation();
  const { session } = useSession();
  const user = session?.user;
  if (!user) return null;
  const roles = user.roles.filter(isRoleKey);

  return (
    <>
      <PageHeader title={t('workspace.greeting', { name: user.displayName })} lead={t('workspace.welcome')} />
      <div style={{ marginBottom: 20 }}>
        <Typography.Text type="secondary" style={{ marginInlineEnd: 8 }}>
          {t('workspace.rolesLabel')}
        </Typography.Text>
        {roles.map((role) => (
          <Tag key={role} color="blue">
            {t(`roles.${role}`)}
          </Tag>
        ))}
        <Link to="/app/account" style={{ marginInlineStart: 8 }}>
          {t('workspace.links.account')}
        </Link>
      </div>
      <IntakeHomeCards />
      <ReviewHomeCards />
      {roles.length === 0 && <Alert type="info" showIcon title={t('workspace.noRoles')} />}
      <Row gutter={[16, 16]}>
        {roles.map((role) => (
          <Col key={role} xs={24} xl={roles.length > 1 ? 12 : 16}>
            <RoleCard role={role} />
          </Col>
        ))}
      </Row>
    </>
  );
}
