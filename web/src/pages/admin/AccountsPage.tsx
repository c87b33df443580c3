import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Input, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accountsApi } from '../../api/accounts.js';
import type { Account, AccountStatus, AccountWithActivation } from '../../api/types.js';
import { useApi } from '../../api/useApi.js';
import { asApiError } from '../../api/useApiData.js';
import { usePaging } from '../../api/usePaging.js';
import { formatDateTime } from '../../i18n/format.js';
import { useLocale } from '../../i18n/useLocale.js';
import { ErrorState } from '../../layout/ErrorState.js';
import { PageHeader } from '../../layout/PageHeader.js';
import { ROLE_KEYS, type RoleKey } from '../../session/roles.js';
import { useSession } from '../../session/SessionContext.js';
import { AccountStatusModal } from './AccountStatusModal.js';
import { ActivationIssuedModal } from './ActivationIssuedModal.js';
import { CreateAccountModal } from './CreateAccountModal.js';
import { RoleTags } from './RoleTags.js';
import { useReferenceLists } from './useReferenceLists.js';

/**
 * System administrators: find, create, disable and enable accounts; hand over activation codes
 * (never passwords); see which roles still wait for a second person.
 */
export default function AccountsPage() {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const { session } = useSession();
  const myId = session?.user?.id;
  const [issued, setIssued] = useState<AccountWithActivation>();
  const grants = useApi('/api/role-grants');
  const { locale } = useLocale();
  const [search, setSearch] = useState('');
  const [role, setRole] = useState<RoleKey>();
  const [status, setStatus] = useState<AccountStatus>();
  const [creating, setCreating] = useState(false);
  const [changing, setChanging] = useState<Account>();
  const lists = useReferenceLists();
  const paging = usePaging(JSON.stringify([search, role, status]), 50);
  const accounts = useApi('/api/accounts', { query: { search, role, status, ...paging.params } });

  const issueActivation = (account: Account) =>
    modal.confirm({
      title: t('accounts.issueTitle', { name: account.displayName }),
      content: t('accounts.issueExplain'),
      okText: t('accounts.issueConfirm'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          setIssued(await accountsApi.issueActivation(account.id));
          accounts.reload();
          grants.reload();
        } catch (reason) {
          void message.error(asApiError(reason).message);
        }
      },
    });

  return (
    <>
      <PageHeader
        title={t('accounts.title')}
        lead={t('accounts.lead')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('accounts.create')}
          </Button>
        }
      />
      {(grants.data?.items.length ?? 0) > 0 && (
        <Card title={t('accounts.grantsTitle')} style={{ marginBottom: 16 }} data-testid="pending-grants">
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {grants.data!.items.map((grant) => (
              <li key={grant.id}>
                {grant.displayName}（{grant.username}）：{t(`roles.${grant.role}`)} ·{' '}
                {t('roleGrants.requestedBy')} {grant.requestedByName ?? t('common.empty')} ·{' '}
                {formatDateTime(grant.requestedAt, locale)}
              </li>
            ))}
          </ul>
        </Card>
      )}
      <Card>
        <Flex wrap gap={12} style={{ marginBottom: 16 }} role="search">
          <Input.Search
            allowClear
            placeholder={t('accounts.search')}
            aria-label={t('accounts.search')}
            enterButton={t('common.search')}
            onSearch={(value) => setSearch(value.trim())}
            style={{ flex: '2 1 280px' }}
          />
          <Select
            allowClear
            placeholder={t('accounts.anyRole')}
            aria-label={t('accounts.role')}
            value={role}
            onChange={setRole}
            options={ROLE_KEYS.map((key) => ({ value: key, label: t(`roles.${key}`) }))}
            style={{ flex: '1 1 150px', maxWidth: 240 }}
          />
          <Select<AccountStatus>
            allowClear
            placeholder={t('accounts.anyStatus')}
            aria-label={t('accounts.status')}
            value={status}
            onChange={setStatus}
            options={(['active', 'disabled'] as const).map((key) => ({
              value: key,
              label: t(`accounts.statuses.${key}`),
            }))}
            style={{ flex: '1 1 120px', maxWidth: 160 }}
          />
        </Flex>
        {accounts.error && <ErrorState error={accounts.error} onRetry={accounts.reload} />}
        <Table<Account>
          rowKey="id"
          size="middle"
          loading={accounts.loading}
          dataSource={accounts.data?.items ?? []}
          scroll={{ x: 'max-content' }}
          pagination={paging.pagination(accounts.data?.total, {
            showTotal: (count) => t('common.total', { count }),
          })}
          columns={[
            {
              key: 'user',
              title: t('accounts.displayName'),
              render: (_, account) => (
                <>
                  <div style={{ fontWeight: 600 }}>{account.displayName}</div>
                  <Typography.Text type="secondary">{account.username}</Typography.Text>
                </>
              ),
            },
            {
              key: 'roles',
              title: t('accounts.roles'),
              render: (_, account) => (
                <>
                  <RoleTags grants={account.roles} lists={lists} />
                  <RoleTags grants={account.pendingRoles} lists={lists} pending />
                </>
              ),
            },
            {
              key: 'contact',
              title: `${t('accounts.email')} / ${t('accounts.phone')}`,
              render: (_, account) => (
                <>
                  <div>{account.email || t('common.empty')}</div>
                  <Typography.Text type="secondary">{account.phone || ''}</Typography.Text>
                </>
              ),
            },
            {
              key: 'status',
              title: t('accounts.status'),
              render: (_, account) => (
                <>
                  <Tag color={account.status === 'active' ? 'green' : 'default'}>
                    {t(`accounts.statuses.${account.status}`)}
                  </Tag>
                  {account.activationExpiresAt && (
                    <div style={{ maxWidth: 200, whiteSpace: 'normal' }}>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t('accounts.activationPending', {
                          time: formatDateTime(account.activationExpiresAt, locale),
                        })}
                      </Typography.Text>
                    </div>
                  )}
                  {account.lockedUntil && new Date(account.lockedUntil) > new Date() && (
                    <div>
                      <Typography.Text type="warning" style={{ fontSize: 12 }}>
                        {t('accounts.lockedUntil', { time: formatDateTime(account.lockedUntil, locale) })}
                      </Typography.Text>
                    </div>
                  )}
                </>
              ),
            },
            {
              key: 'created',
              title: t('accounts.createdAt'),
              render: (_, account) => formatDateTime(account.createdAt, locale),
            },
            {
              key: 'actions',
              title: t('common.actions'),
              fixed: 'right',
              render: (_, account) => (
                <Flex gap={8}>
                  {account.id !== myId && (
                    <Button size="small" onClick={() => issueActivation(account)}>
                      {t('accounts.issueActivation')}
                    </Button>
                  )}
                  <Button
                    size="small"
                    danger={account.status === 'active'}
                    onClick={() => setChanging(account)}
                  >
                    {account.status === 'active' ? t('accounts.disable') : t('accounts.enable')}
                  </Button>
                </Flex>
              ),
            },
          ]}
        />
      </Card>
      <CreateAccountModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(created) => {
          setCreating(false);
          setIssued(created);
          accounts.reload();
          grants.reload();
        }}
      />
      <ActivationIssuedModal issued={issued} onClose={() => setIssued(undefined)} />
      <AccountStatusModal
        account={changing}
        onClose={() => setChanging(undefined)}
        onChanged={() => setChanging(undefined)}
      />
    </>
  );
}
