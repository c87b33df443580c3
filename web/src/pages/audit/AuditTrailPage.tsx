import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { auditApi } from '../../api/audit.js';
import type { AuditEntry, PersonRef } from '../../api/types.js';
import { formatDateTime } from '../../i18n/format.js';
import { useLocale } from '../../i18n/useLocale.js';
import { ErrorState } from '../../layout/ErrorState.js';
import { PageHeader } from '../../layout/PageHeader.js';
import { AuditEntryDetail } from './AuditEntryDetail.js';
import { ChainVerificationButton } from './ChainVerificationButton.js';
import { LoadMore } from './LoadMore.js';
import { CodeCell, RecordCell } from './LogCells.js';
import { AUDIT_ACTIONS } from './logVocabulary.js';
import { usePagedLog } from './usePagedLog.js';

/** Auditors (and administrators, read only): the hash-chained audit trail and its verification. */
export default function AuditTrailPage() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const log = usePagedLog(auditApi.trail);
  const person = (ref: PersonRef | null) => (ref ? ref.displayName : t('audit.system'));

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
        {log.error && <ErrorState error={log.error} onRetry={log.reload} />}
        <Table<AuditEntry>
          rowKey="id"
          size="middle"
          loading={log.loading && log.items.length === 0}
          dataSource={log.items}
          pagination={false}
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
            { key: 'actor', title: t('audit.actor'), width: 150, render: (_, entry) => person(entry.actor) },
            {
              key: 'realActor',
              title: t('audit.realActor'),
              width: 120,
              render: (_, entry) =>
                entry.realActor && entry.realActor.id !== entry.actor?.id
                  ? person(entry.realActor)
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
        {log.items.length > 0 && (
          <LoadMore hasMore={log.hasMore} loading={log.loading} onLoad={log.loadMore} />
        )}
      </Card>
    </>
  );
}
