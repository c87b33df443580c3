import { App, Button, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { referenceApi } from '../../api/reference.js';
import type { ReferenceItem, ReferenceKind } from '../../api/types.js';
import { useApi } from '../../api/useApi.js';
import { useApiMutation } from '../../api/useApiMutation.js';
import { useLocale } from '../../i18n/useLocale.js';
import { ErrorState } from '../../layout/ErrorState.js';
import { AddReferenceForm } from './AddReferenceForm.js';
import { RenameReferenceModal } from './RenameReferenceModal.js';

/** One reference list (towns or departments): add, rename, deactivate and reactivate. */
export function ReferenceTable({ kind }: { kind: ReferenceKind }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { local } = useLocale();
  const list = useApi('/api/reference/{kind}', { path: { kind } });
  const [renaming, setRenaming] = useState<ReferenceItem>();

  const activation = useApiMutation(
    ({ item, active }: { item: ReferenceItem; active: boolean }) =>
      referenceApi.update(kind, item.id, { active }),
    {
      invalidates: [`/reference/${kind}`],
      success: t('reference.saved'),
      onError: (_, text) => void message.error(text),
    },
  );
  const setActive = (item: ReferenceItem, active: boolean) => activation.submit({ item, active });

  return (
    <>
      <AddReferenceForm kind={kind} />
      {list.error && <ErrorState error={list.error} onRetry={list.reload} />}
      <Table<ReferenceItem>
        rowKey="id"
        size="middle"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{
          pageSize: 20,
          hideOnSinglePage: true,
          showTotal: (count) => t('common.total', { count }),
        }}
        columns={[
          { key: 'code', title: t('reference.code'), dataIndex: 'code', width: 80 },
          {
            key: 'name',
            title: t('reference.name'),
            render: (_, item) => (
              <>
                <div>{item.name.zh}</div>
                <Typography.Text type="secondary" lang="en">
                  {item.name.en}
                </Typography.Text>
              </>
            ),
          },
          {
            key: 'status',
            title: t('common.status'),
            render: (_, item) => (
              <Tag color={item.active ? 'green' : 'default'}>
                {item.active ? t('common.active') : t('common.inactive')}
              </Tag>
            ),
          },
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_, item) => (
              <Space size="small">
                <Button size="small" onClick={() => setRenaming(item)}>
                  {t('reference.rename')}
                </Button>
                {item.active ? (
                  <Popconfirm
                    title={t('reference.deactivateConfirm', { name: local(item.name) })}
                    okText={t('reference.deactivate')}
                    cancelText={t('common.cancel')}
                    okButtonProps={{ danger: true }}
                    onConfirm={() => setActive(item, false)}
                  >
                    <Button size="small" danger>
                      {t('reference.deactivate')}
                    </Button>
                  </Popconfirm>
                ) : (
                  <Button size="small" onClick={() => void setActive(item, true)}>
                    {t('reference.reactivate')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <RenameReferenceModal
        kind={kind}
        item={renaming}
        onClose={() => setRenaming(undefined)}
        onSaved={() => setRenaming(undefined)}
      />
    </>
  );
}
