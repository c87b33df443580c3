import { Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { mayOpen, rolesFor, type StaffPage } from '../../session/roles.js';
import { useSession } from '../../session/SessionContext.js';

/** Shows the page only to the roles that may use it, and says which roles those are otherwise. */
export function RequireRole({ page, children }: { page: StaffPage; children: ReactNode }) {
  const { t } = useTranslation();
  const { session } = useSession();
  if (mayOpen(session?.user, page)) return children;
  const roles = rolesFor(page)
    .map((role) => t(`roles.${role}`))
    .join(t('common.listSeparator'));
  return (
    <Result status="403" title={t('session.forbidden')} subTitle={t('session.forbiddenText', { roles })} />
  );
}
