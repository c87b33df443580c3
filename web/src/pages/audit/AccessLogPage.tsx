import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { typedPath } from '../../api/client.js';
import type { AccessEvent, AccessLogEntry } from '../../api/types.js';
import { useApi } from '../../api/useApi.js';
import { usePaging } from '../../api/usePaging.js';
import { formatDateTime } from '../../i18n/format.js';
import { useLocale } from '../../i18n/useLocale.js';
import { ErrorState } from '../../layout/ErrorState.js';
import { PageHeader } from '../../layout/PageHeader.js';
import { type DateRange, DateRangeFilter } from './DateRangeFilter.js';
import { CodeCell, RecordCell } from './LogCells.js';
import { LogTotalAndExport, type RecordChoice, RecordFilter } from './LogFilters.js';
import { ACCESS_EVENT_CODES, ACCESS_EVENTS } from './logVocabulary.js';

/** Sign-ins, sign-outs and reads of protected records (Art. 25), newest first. */
export default function AccessLogPage() {
  const { t } = useTranslation();
  const { locale, local } = useLocale();
  const [event, setEvent] = useState<AccessEvent>();
  const [search, setSearch] = useState('');
  const [record, setRecord] = useState<RecordChoice>({});
  const [dates, setDates] = useState<DateRange>({});
  const filters = { event, search: search.trim() || undefined, ...record, ...dates };
  const paging = usePaging(JSON.stringify(filters), 50);
  const log = useApi('/api/access-log', { query: { ...filters, ...paging.params } });
  const exportHref = `/api${typedPath('/api/access-log/export.xlsx', { query: filters })}`;
  const empty = t('common.empty');

  return (
    <>
      <PageHeader
        title={t('accessLog.title')}
        lead={t('accessLog.lead')}
        extra={
          <Button icon={<ReloadOutlined />} onClick={log.reload}>
            {t('common.refresh')}
          </Button>
        }
      />
      <Card>
        <Flex wrap gap={12} style={{ marginBottom: 16 }}>
          <Select
            allowClear
            placeholder={t('accessLog.event')}
            aria-label={t('accessLog.event')}
            style={{ minWidth: 200 }}
            value={event}
            onChange={setEvent}
            options={ACCESS_EVENT_CODES.map((value) => ({ value, label: local(ACCESS_EVENTS[value]) }))}
          />
          <Input.Search
            allowClear
            placeholder={t('accessLog.person')}
            aria-label={t('accessLog.person')}
            style={{ width: 260 }}
            onSearch={setSearch}
          />
          <RecordFilter value={record} onChange={setRecord} />
          <DateRangeFilter value={dates} onChange={setDates} />
        </Flex>
        <LogTotalAndExport total={log.data?.total} href={exportHref} />
        {log.error && <ErrorState error={log.error} onRetry={log.reload} />}
        <Table<AccessLogEntry>
          rowKey="id"
          size="middle"
          loading={log.loading}
          dataSource={log.data?.items ?? []}
          pagination={paging.pagination(log.data?.total)}
          scroll={{ x: 'max-content' }}
          columns={[
            { key: 'at', title: t('accessLog.time'), render: (_, entry) => formatDateTime(entry.at, locale) },
            {
              key: 'user',
              title: t('accessLog.user'),
              render: (_, entry) => (
                <>
                  <div>{entry.user?.displayName ?? empty}</div>
                  {entry.username && <Typography.Text type="secondary">{entry.username}</Typography.Text>}
                </>
              ),
            },
            {
              key: 'event',
              title: t('accessLog.event'),
              render: (_, entry) => (
                <CodeCell
                  code={entry.event}
                  labels={ACCESS_EVENTS}
                  danger={/fail|denied|locked/.test(entry.event)}
                />
              ),
            },
            {
              key: 'record',
              title: t('accessLog.record'),
              render: (_, entry) => <RecordCell type={entry.recordType} id={entry.recordId} />,
            },
            { key: 'ip', title: t('accessLog.clientIp'), render: (_, entry) => entry.clientIp ?? empty },
            {
              key: 'ua',
              title: t('accessLog.userAgent'),
              render: (_, entry) => (
                <Typography.Text
                  type="secondary"
                  style={{ fontSize: 12, maxWidth: 260, display: 'inline-block' }}
                  ellipsis={{ tooltip: entry.userAgent }}
                >
                  {entry.userAgent ?? empty}
                </Typography.Text>
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}
