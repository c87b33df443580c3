import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { auditApi } from '../../api/audit.js';
import type { AccessLogEntry } from '../../api/types.js';
import { formatDateTime } from '../../i18n/format.js';
import { useLocale } from '../../i18n/useLocale.js';
import { ErrorState } from '../../layout/ErrorState.js';
import { PageHeader } from '../../layout/PageHeader.js';
import { LoadMore } from './LoadMore.js';
import { CodeCell, RecordCell } from './LogCells.js';
import { ACCESS_EVENTS } from './logVocabulary.js';
import { usePagedLog } from './usePagedLog.js';

/** Sign-ins, sign-outs and reads of protected records (Art. 25), newest first. */
export default function AccessLogPage() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const log = usePagedLog(auditApi.accessLog);
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
        {log.error && <ErrorState error={log.error} onRetry={log.reload} />}
        <Table<AccessLogEntry>
          rowKey="id"
          size="middle"
          loading={log.loading && log.items.length === 0}
          dataSource={log.items}
          pagination={false}
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
        {log.items.length > 0 && (
          <LoadMore hasMore={log.hasMore} loading={log.loading} onLoad={log.loadMore} />
        )}
      </Card>
    </>
  );
}
