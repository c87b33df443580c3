import {
  ApartmentOutlined,
  AuditOutlined,
  ClusterOutlined,
  FileProtectOutlined,
  FileSearchOutlined,
  HomeOutlined,
  KeyOutlined,
  MailOutlined,
  SafetyCertificateOutlined,
  SolutionOutlined,
  StopOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { MenuProps } from 'antd';
import type { TFunction } from 'i18next';
import { Link } from 'react-router-dom';
import type { SessionUser } from '../api/types.js';
import { intakeMenuItems } from '../pages/intake/workspace/intakeMenu.js';
import { mayOpen } from '../session/roles.js';

type MenuItem = Required<MenuProps>['items'][number];

/** The side menu, built from the person's roles: only pages they may open appear. */
export function workspaceMenuItems(user: SessionUser | undefined, t: TFunction): MenuItem[] {
  const items: MenuItem[] = [
    { key: '/app', icon: <HomeOutlined />, label: <Link to="/app">{t('workspace.menu.home')}</Link> },
    ...intakeMenuItems(user),
  ];
  const review: MenuItem[] = [];
  for (const [page, path, icon] of [
    ['experts', '/app/experts', <SolutionOutlined key="experts" />],
    ['conflicts', '/app/conflicts', <StopOutlined key="conflicts" />],
    ['panels', '/app/panels', <ClusterOutlined key="panels" />],
    ['invitations', '/app/invitations', <MailOutlined key="invitations" />],
    ['rulesVersions', '/app/rules-versions', <FileProtectOutlined key="rulesVersions" />],
  ] as const) {
    if (mayOpen(user, page))
      review.push({ key: path, icon, label: <Link to={path}>{t(`workspace.menu.${page}`)}</Link> });
  }
  if (review.length)
    items.push({ key: 'review', type: 'group', label: t('workspace.menu.review'), children: review });

  const admin: MenuItem[] = [];
  if (mayOpen(user, 'accounts'))
    admin.push({
      key: '/app/admin/accounts',
      icon: <TeamOutlined />,
      label: <Link to="/app/admin/accounts">{t('workspace.menu.accounts')}</Link>,
    });
  if (mayOpen(user, 'reference'))
    admin.push({
      key: '/app/admin/reference',
      icon: <ApartmentOutlined />,
      label: <Link to="/app/admin/reference">{t('workspace.menu.reference')}</Link>,
    });
  if (mayOpen(user, 'orgReset'))
    admin.push({
      key: '/app/organisation-reset',
      icon: <KeyOutlined />,
      label: <Link to="/app/organisation-reset">{t('workspace.menu.orgReset')}</Link>,
    });
  if (admin.length)
    items.push({
      key: 'admin',
      type: 'group',
      label: t('workspace.menu.admin'),
      children: admin,
    });

  const audit: MenuItem[] = [];
  if (mayOpen(user, 'audit'))
    audit.push({
      key: '/app/audit',
      icon: <AuditOutlined />,
      label: <Link to="/app/audit">{t('workspace.menu.auditTrail')}</Link>,
    });
  if (mayOpen(user, 'roleGrants'))
    audit.push({
      key: '/app/role-grants',
      icon: <SafetyCertificateOutlined />,
      label: <Link to="/app/role-grants">{t('workspace.menu.roleGrants')}</Link>,
    });
  if (mayOpen(user, 'accessLog'))
    audit.push({
      key: '/app/access-log',
      icon: <FileSearchOutlined />,
      label: <Link to="/app/access-log">{t('workspace.menu.accessLog')}</Link>,
    });
  if (audit.length)
    items.push({
      key: 'audit',
      type: 'group',
      label: t('workspace.menu.audit'),
      children: audit,
    });

  items.push({ type: 'divider' });
  items.push({
    key: '/app/account',
    icon: <UserOutlined />,
    label: <Link to="/app/account">{t('workspace.menu.account')}</Link>,
  });
  return items;
}
