import { PlusOutlined, RadarChartOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Space, Table, Tabs, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { expertsApi, type Conflict, type ConflictStatus } from '../../api/experts.js';
import { useApiMutation } from '../../api/useApiMutation.js';
import { usePaging } from '../../api/usePaging.js';
import { useApi } from '../../api/useApi.js';
import { formatDateTime } from '../../i18n/format.js';
import { useLocale } from '../../i18n/useLocale.js';
import { ErrorState } from '../../layout/ErrorState.js';
import { PageHeader } from '../../layout/PageHeader.js';
import { CycleSelect } from '../draws/CycleSelect.js';
import { useCycleChoice } from '../draws/useCycleChoice.js';
import { ConflictDecisionModal, type ConflictDecision } from './ConflictDecisionModal.js';
import { evidenceIn } from './conflictEvidence.js';
import { RecordConflictModal } from './RecordConflictModal.js';
import { useExpertVocabulary } from './useExpertVocabulary.js';
import './experts.css';

const TABS: ConflictStatus[] = ['suggested', 'confirmed', 'dismissed'];

/** The Office: likely conflicts to confirm or dismiss, the decided ones, detection and manual records. */
export default function ConflictsPage() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const vocabulary = useExpertVocabulary();
  const { cycles, items: cycleItems, cycle, choose } = useCycleChoice();
  const [tab, setTab] = useState<ConflictStatus>('suggested');
  const [deciding, setDeciding] = useState<ConflictDecision>();
  const [recording, setRecording] = useState(false);
  const paging = usePaging(tab);
  const conflicts = useApi('/api/conflicts', { query: { status: tab, ...paging.params } });
  const suggested = useApi('/api/conflicts', { query: { status: 'suggested', pageSize: 1 } });
  const pending = suggested.data?.total ?? 0;

  const detection = useApiMutation((cycleId: string) => expertsApi.detectConflicts(cycleId), {
    invalidates: ['/conflicts'],
    success: ({ suggested: count }) =>
      count > 0 ? t('conflicts.detected', { count }) : t('conflicts.detectedNone'),
    onSuccess: () => setTab('suggested'),
    onError: (_, text) => void message.error(text),
  });

  const columns: TableColumnsType<Conflict> = [
    {
      key: 'expert',
      title: t('conflicts.columns.expert'),
      render: (_, c) => (
        <>
          <div style={{ fontWeight: 600 }}>{c.expertName}</div>
          <Typography.Text type="secondary" className="hash">
            {c.expertCode}
          </Typography.Text>
        </>
      ),
    },
    { key: 'organisation', title: t('conflicts.columns.organisation'), dataIndex: 'organisationName' },
    {
      key: 'kind',
      title: t('conflicts.columns.kind'),
      render: (_, c) => (
        <>
          <div>{vocabulary.conflictKindName(c.kind)}</div>
          <Tag style={{ marginTop: 4 }}>{t(`conflicts.sources.${c.source}`)}</Tag>
        </>
      ),
    },
    {
      key: 'evidence',
      title: t('conflicts.columns.evidence'),
      render: (_, c) => (
        <Typography.Paragraph
          style={{ margin: 0, maxWidth: 420, minWidth: 220 }}
          ellipsis={{ rows: 3, expandable: 'collapsible' }}
        >
          {evidenceIn(c.evidence, locale) || t('common.empty')}
        </Typography.Paragraph>
      ),
    },
    {
      key: 'createdAt',
      title: t('conflicts.columns.createdAt'),
      render: (_, c) => (
        <>
          <div>{formatDateTime(c.createdAt, locale)}</div>
          {c.since && (
            <Typography.Text type="secondary">
              {t('conflicts.columns.since')} {c.since}
            </Typography.Text>
          )}
        </>
      ),
    },
    ...(tab === 'suggested'
      ? [
          {
            key: 'actions',
            title: t('common.actions'),
            fixed: 'right' as const,
            render: (_: unknown, c: Conflict) => (
              <Space size={4} wrap>
                <Button
                  size="small"
                  type="primary"
                  onClick={() => setDeciding({ conflict: c, status: 'confirmed' })}
                >
                  {t('conflicts.confirm')}
                </Button>
                <Button size="small" onClick={() => setDeciding({ conflict: c, status: 'dismissed' })}>
                  {t('conflicts.dismiss')}
                </Button>
              </Space>
            ),
          },
        ]
      : [
          {
            key: 'decision',
            title: t('conflicts.columns.decision'),
            render: (_: unknown, c: Conflict) => (
              <div style={{ maxWidth: 300, minWidth: 160 }}>
                <div>{c.decisionReason || t('common.empty')}</div>
                {c.decidedAt && (
                  <Typography.Text type="secondary">{formatDateTime(c.decidedAt, locale)}</Typography.Text>
                )}
              </div>
            ),
          },
        ]),
  ];

  return (
    <>
      <PageHeader
        title={t('conflicts.title')}
        lead={t('conflicts.lead')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)}>
            {t('conflicts.record')}
          </Button>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        {cycles.error && <ErrorState error={cycles.error} onRetry={cycles.reload} />}
        {cycles.data && cycleItems.length === 0 ? (
          <Alert type="info" showIcon title={t('conflicts.noCycle')} />
        ) : (
          <Flex wrap gap={12} align="center">
            <CycleSelect items={cycleItems} value={cycle?.id} onChange={choose} loading={cycles.loading} />
            <Button
              icon={<RadarChartOutlined />}
              loading={detection.pending}
              disabled={!cycle}
              onClick={() => cycle && void detection.submit(cycle.id)}
            >
              {t('conflicts.detect')}
            </Button>
            <Typography.Text type="secondary" style={{ flex: '1 1 280px' }}>
              {t('conflicts.detectHelp')}
            </Typography.Text>
          </Flex>
        )}
      </Card>
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setTab(key as ConflictStatus)}
          items={TABS.map((status) => ({
            key: status,
            label:
              status === 'suggested' && pending > 0
                ? `${t(`conflicts.tabs.${status}`)} (${pending})`
                : t(`conflicts.tabs.${status}`),
          }))}
        />
        {conflicts.error && <ErrorState error={conflicts.error} onRetry={conflicts.reload} />}
        <Table<Conflict>
          rowKey="id"
          size="middle"
          loading={conflicts.loading}
          dataSource={conflicts.data?.items ?? []}
          columns={columns}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('conflicts.empty') }}
          pagination={paging.pagination(conflicts.data?.total, {
            showTotal: (count) => t('common.total', { count }),
          })}
        />
      </Card>
      <ConflictDecisionModal
        decision={deciding}
        onClose={() => setDeciding(undefined)}
        onDecided={() => setDeciding(undefined)}
      />
      <RecordConflictModal
        open={recording}
        cycleId={cycle?.id}
        onClose={() => setRecording(false)}
        onRecorded={() => {
          setRecording(false);
          setTab('confirmed');
        }}
      />
    </>
  );
}
