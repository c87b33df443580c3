import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RoleGrant } from '../../api/types.js';
import { useLocale } from '../../i18n/useLocale.js';
import { isRoleKey } from '../../session/roles.js';
import type { ReferenceLists } from './useReferenceLists.js';

/**
 * An account's roles, with the town or department an endorser speaks for; `pending` ones (waiting
 * for a second person) are drawn dashed, marked as such.
 */
export function RoleTags({
  grants,
  lists,
  pending = false,
}: {
  grants: RoleGrant[];
  lists: ReferenceLists;
  pending?: boolean;
}) {
  const { t } = useTranslation();
  const { local } = useLocale();
  const scopeName = (grant: RoleGrant) => {
    const item =
      grant.townId !== undefined && grant.townId !== null
        ? lists.towns.find((town) => town.id === grant.townId)
        : grant.departmentId !== undefined && grant.departmentId !== null
          ? lists.departments.find((department) => department.id === grant.departmentId)
          : undefined;
    return item ? local(item.name) : undefined;
  };
  return (
    <>
      {grants.map((grant) => {
        const scope = scopeName(grant);
        const name = isRoleKey(grant.role) ? t(`roles.${grant.role}`) : grant.role;
        return (
          <Tag
            key={`${grant.role}-${grant.townId ?? ''}-${grant.departmentId ?? ''}`}
            color={pending ? 'orange' : 'blue'}
            variant={pending ? 'outlined' : undefined}
            style={{ marginBottom: 4, ...(pending ? { borderStyle: 'dashed' } : {}) }}
            title={pending ? t('accounts.pendingHelp') : undefined}
          >
            {scope ? `${name} · ${scope}` : name}
            {pending && `（${t('accounts.pending')}）`}
          </Tag>
        );
      })}
    </>
  );
}
