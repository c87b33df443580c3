import { App, Button, Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { accountsApi } from '../../api/accounts.js';
import type { PendingGrant } from '../../api/types.js';
import { useApi } from '../../api/useApi.js';
import { asApiError } from '../../api/useApiData.js';
import { formatDateTime } from '../../i18n/format.js';
import { useLocale } from '../../i18n/useLocale.js';
import { ErrorState } from '../../layout/ErrorState.js';
import { PageHeader } from '../../layout/PageHeader.js';
import { RoleTags } from './RoleTags.js';
import { useReferenceLists } from './useReferenceLists.js';

/**
 * The second person of 三员分立: auditors and the Office confirm the roles the administrator
 * asked for that read application material or the trail. Each confirmation is audited.
 */
export default function RoleGrantsPage() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { modal, message } = App.useApp();
  const lists = useReferenceLists();
  const grants = useApi('/api/role-grants');

  const confirm = (grant: PendingGrant) =>
    modal.confirm({
      title: t('roleGrants.confirmTitle', { name: grant.displayName, role: t(`roles.${grant.role}`) }),
      content: t('roleGrants.confirmText'),
      okText: t('roleGrants.confirm'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await accountsApi.confirmGrant(grant.id);
          void message.success(t('roleGrants.confirmed'));
        } catch (reason) {
          void message.error(asApiError(reason).message);
        } finally {
          grants.reload();
        }
      },
    });

  return (
    <>
      <PageHeader title={t('roleGrants.title')} lead={t('roleGrants.lead')} />
      <Card>
        {grants.error && <ErrorState error={grants.error} onRetry={grants.reload} />}
        <Table<PendingGrant>
          rowKey="id"
          size="middle"
          loading={grants.loading}
          dataSource={grants.data?.items ?? []}
          scroll={{ x: 'max-content' }}
          pagination={false}
          locale={{ emptyText: t('accounts.grantsNone') }}
          columns={[
            {
              key: 'account',
              title: t('roleGrants.account'),
              render: (_, grant) => (
                <>
                  <div style={{ fontWeight: 600 }}>{grant.displayName}</div>
                  <Typography.Text type="secondary">{grant.username}</Typography.Text>
                </>
              ),
            },
            {
              key: 'role',
              title: t('roleGrants.role'),
              render: (_, grant) => <RoleTags grants={[grant]} lists={lists} pending />,
            },
            {
              key: 'requestedBy',
              title: t('roleGrants.requestedBy'),
              render: (_, grant) => grant.requestedByName ?? t('common.empty'),
            },
            {
              key: 'requestedAt',
              title: t('roleGrants.requestedAt'),
              render: (_, grant) => formatDateTime(grant.requestedAt, locale),
            },
            {
              key: 'actions',
              title: t('common.actions'),
              fixed: 'right',
              render: (_, grant) =>
                grant.canConfirm ? (
                  <Button size="small" type="primary" onClick={() => confirm(grant)}>
                    {t('roleGrants.confirm')}
                  </Button>
                ) : (
                  <Typography.Text type="secondary">{t('roleGrants.notYours')}</Typography.Text>
                ),
            },
          ]}
        />
      </Card>
    </>
  );
}
