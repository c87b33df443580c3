import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Select, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { typedPath } from '../../api/client.js';
import type { AuditEntry, PersonRef } from '../../api/types.js';
import { useApi } from '../../api/useApi.js';
import { usePaging } from '../../api/usePaging.js';
import { formatDateTime } from '../../i18n/format.js';
import { useLocale } from '../../i18n/useLocale.js';
import { ErrorState } from '../../layout/ErrorState.js';
import { PageHeader } from '../../layout/PageHeader.js';
import { AuditEntryDetail } from './AuditEntryDetail.js';
import { ChainVerificationButton } from './ChainVerificationButton.js';
import { type DateRange, DateRangeFilter } from './DateRangeFilter.js';
import { CodeCell, RecordCell } from './LogCells.js';
import { LogTotalAndExport, type RecordChoice, RecordFilter } from './LogFilters.js';
import { AUDIT_ACTIONS } from './logVocabulary.js';

/** Auditors (and administrators, read only): the hash-chained audit trail and its verification. */
export default function AuditTrailPage() {
  const { t } = useTranslation();
  const { locale, local } = useLocale();
  const [action, setAction] = useState<string>();
  const [person, setPerson] = useState('');
  const [record, setRecord] = useState<RecordChoice>({});
  const [dates, setDates] = useState<DateRange>({});
  const filters = { action, person: person.trim() || undefined, ...record, ...dates };
  const paging = usePaging(JSON.stringify(filters), 50);
  const log = useApi('/api/audit', { query: { ...filters, ...paging.params } });
  const exportHref = `/api${typedPath('/api/audit/export.xlsx', { query: filters })}`;
  const nameOfPerson = (ref: PersonRef | null) => (ref ? ref.displayName : t('audit.system'));

  return (
    <>
      <PageHeader
        title={t('audit.title')}
        lead={t('audit.lead')}
        extra={
          <Button icon={<ReloadOutlined />} onClick={log.reload}>
            {t('common.refresh')}
          </Button>
        }
      />
      <Card>
        <ChainVerificationButton />
        <Flex wrap gap={12} style={{ margin: '16px 0' }}>
          <Input.Search
            allowClear
            placeholder={t('audit.person')}
            aria-label={t('audit.person')}
            style={{ width: 220 }}
            onSearch={setPerson}
          />
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('audit.action')}
            aria-label={t('audit.action')}
            style={{ minWidth: 220 }}
            value={action}
            onChange={setAction}
            options={Object.entries(AUDIT_ACTIONS).map(([value, label]) => ({ value, label: local(label) }))}
          />
          <RecordFilter value={record} onChange={setRecord} />
          <DateRangeFilter value={dates} onChange={setDates} />
        </Flex>
        <LogTotalAndExport total={log.data?.total} href={exportHref} />
        {log.error && <ErrorState error={log.error} onRetry={log.reload} />}
        <Table<AuditEntry>
          rowKey="id"
          size="middle"
          loading={log.loading}
          dataSource={log.data?.items ?? []}
          pagination={paging.pagination(log.data?.total)}
          scroll={{ x: 980 }}
          expandable={{ expandedRowRender: (entry) => <AuditEntryDetail entry={entry} /> }}
          columns={[
            { key: 'id', title: '#', dataIndex: 'id', width: 70 },
            {
              key: 'at',
              title: t('audit.time'),
              width: 180,
              render: (_, entry) => formatDateTime(entry.at, locale),
            },
            {
              key: 'actor',
              title: t('audit.actor'),
              width: 150,
              render: (_, entry) => nameOfPerson(entry.actor),
            },
            {
              key: 'realActor',
              title: t('audit.realActor'),
              width: 120,
              render: (_, entry) =>
                entry.realActor && entry.realActor.id !== entry.actor?.id
                  ? nameOfPerson(entry.realActor)
                  : t('common.empty'),
            },
            {
              key: 'action',
              title: t('audit.action'),
              render: (_, entry) => <CodeCell code={entry.action} labels={AUDIT_ACTIONS} />,
            },
            {
              key: 'record',
              title: t('audit.record'),
              width: 200,
              render: (_, entry) => <RecordCell type={entry.recordType} id={entry.recordId} />,
            },
            {
              key: 'ip',
              title: t('audit.clientIp'),
              width: 130,
              render: (_, entry) => entry.clientIp ?? t('common.empty'),
            },
          ]}
        />
      </Card>
    </>
  );
}
