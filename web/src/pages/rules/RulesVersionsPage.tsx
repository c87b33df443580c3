import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Select, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { rulesVersionsApi, type RulesVersionRow } from '../../api/rulesVersions.js';
import { useApi } from '../../api/useApi.js';
import { usePaging } from '../../api/usePaging.js';
import { FormDialog } from '../../components/FormDialog.js';
import { formatDateTime } from '../../i18n/format.js';
import { useLocale } from '../../i18n/useLocale.js';
import { ErrorState } from '../../layout/ErrorState.js';
import { PageHeader } from '../../layout/PageHeader.js';
import { useSession } from '../../session/SessionContext.js';

interface DraftValues {
  basedOn: string;
  id: string;
}

export function RulesStatusTag({ status }: { status: RulesVersionRow['status'] }) {
  const { t } = useTranslation();
  return <Tag color={status === 'approved' ? 'green' : 'gold'}>{t(`rulesVersions.statuses.${status}`)}</Tag>;
}

/**
 * The programme rules versions (rules as data): the Office drafts a version from an existing one;
 * the committee chair opens a draft and approves it. Paged by the server.
 */
export default function RulesVersionsPage() {
  const { t } = useTranslation();
  const { local, locale } = useLocale();
  const navigate = useNavigate();
  const { session } = useSession();
  const mayDraft =
    session?.authenticated === true && (session.user?.abilities.includes('rules.draft') ?? false);
  const paging = usePaging('all');
  const versions = useApi('/api/rules-versions', { query: paging.params });
  const [drafting, setDrafting] = useState(false);

  const columns: TableColumnsType<RulesVersionRow> = [
    {
      key: 'id',
      title: t('rulesVersions.id'),
      render: (_, v) => (
        <Link to={`/app/rules-versions/${v.id}`} className="hash">
          {v.id}
        </Link>
      ),
    },
    {
      key: 'name',
      title: t('rulesVersions.name'),
      render: (_, v) => (
        <>
          <div>{local(v.title)}</div>
          <Typography.Text type="secondary">{v.documentNumber}</Typography.Text>
        </>
      ),
    },
    {
      key: 'status',
      title: t('rulesVersions.status'),
      render: (_, v) => <RulesStatusTag status={v.status} />,
    },
    { key: 'basedOn', title: t('rulesVersions.basedOn'), render: (_, v) => v.basedOn ?? t('common.empty') },
    {
      key: 'createdBy',
      title: t('rulesVersions.createdBy'),
      render: (_, v) => (
        <>
          <div>{v.createdBy?.name ?? t('rulesVersions.shipped')}</div>
          <Typography.Text type="secondary">{formatDateTime(v.createdAt, locale)}</Typography.Text>
        </>
      ),
    },
    {
      key: 'approvedBy',
      title: t('rulesVersions.approvedBy'),
      render: (_, v) =>
        v.approvedAt ? (
          <>
            <div>{v.approvedBy?.name ?? t('rulesVersions.shipped')}</div>
            <Typography.Text type="secondary">{formatDateTime(v.approvedAt, locale)}</Typography.Text>
          </>
        ) : (
          t('common.empty')
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('rulesVersions.title')}
        lead={t('rulesVersions.lead')}
        extra={
          mayDraft && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrafting(true)}>
              {t('rulesVersions.draftFrom')}
            </Button>
          )
        }
      />
      <Card>
        {versions.error && <ErrorState error={versions.error} onRetry={versions.reload} />}
        <Table<RulesVersionRow>
          rowKey="id"
          size="middle"
          loading={versions.loading}
          dataSource={versions.data?.items ?? []}
          columns={columns}
          scroll={{ x: 'max-content' }}
          pagination={paging.pagination(versions.data?.total)}
        />
      </Card>
      <FormDialog<DraftValues, { id: string }>
        open={drafting}
        title={t('rulesVersions.draftTitle')}
        note={t('rulesVersions.draftNote')}
        okText={t('rulesVersions.draftFrom')}
        send={(values) => rulesVersionsApi.draft(values.basedOn, values.id.trim())}
        invalidates={['/rules-versions']}
        success={(result) => t('rulesVersions.drafted', { id: result.id })}
        onDone={(result) => navigate(`/app/rules-versions/${result.id}`)}
        onClose={() => setDrafting(false)}
      >
        <Form.Item name="basedOn" label={t('rulesVersions.basedOn')} rules={[{ required: true }]}>
          <Select
            options={(versions.data?.items ?? []).map((v) => ({
              value: v.id,
              label: `${v.id} · ${local(v.title)}`,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="id"
          label={t('rulesVersions.id')}
          extra={t('rulesVersions.idHelp')}
          rules={[{ required: true, pattern: /^[a-z0-9-]{1,64}$/, message: t('rulesVersions.idHelp') }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
      </FormDialog>
    </>
  );
}
