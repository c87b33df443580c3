import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RoleGrant } from '../../api/types.js';
import { useLocale } from '../../i18n/useLocale.js';
import { isRoleKey } from '../../session/roles.js';
import type { ReferenceLists } from './useReferenceLists.js';

/** An account's roles, with the town or department an endorser speaks for. */
export function RoleTags({ grants, lists }: { grants: RoleGrant[]; lists: ReferenceLists }) {
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
            color="blue"
            style={{ marginBottom: 4 }}
          >
            {scope ? `${name} · ${scope}` : name}
          </Tag>
        );
      })}
    </>
  );
}
