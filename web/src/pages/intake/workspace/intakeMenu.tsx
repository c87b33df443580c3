import { AuditOutlined, CalendarOutlined, FileDoneOutlined, FormOutlined } from '@ant-design/icons';
import type { MenuProps } from 'antd';
import { Link } from 'react-router-dom';
import type { SessionUser } from '../../../api/types.js';
import { i18n } from '../../../i18n/i18n.js';
import { mayOpen } from '../../../session/roles.js';

type MenuItem = Required<MenuProps>['items'][number];

/** The intake pages in the side menu, each shown only to the roles the server lets use it. */
export function intakeMenuItems(user: SessionUser | undefined): MenuItem[] {
  const t = i18n.getFixedT(null, 'intake');
  const items: MenuItem[] = [];
  if (mayOpen(user, 'application'))
    items.push({
      key: '/app/application',
      icon: <FormOutlined />,
      label: <Link to="/app/application">{t('menu.application')}</Link>,
    });
  if (mayOpen(user, 'endorsements'))
    items.push({
      key: '/app/endorsements',
      icon: <FileDoneOutlined />,
      label: <Link to="/app/endorsements">{t('menu.endorsements')}</Link>,
    });
  if (mayOpen(user, 'cycles'))
    items.push({
      key: '/app/cycles',
      icon: <CalendarOutlined />,
      label: <Link to="/app/cycles">{t('menu.cycles')}</Link>,
    });
  if (mayOpen(user, 'applications'))
    items.push({
      key: '/app/applications',
      icon: <AuditOutlined />,
      label: <Link to="/app/applications">{t('menu.applications')}</Link>,
    });
  return items.length ? [{ key: 'intake', type: 'group', label: t('menu.group'), children: items }] : [];
}
