import { EditOutlined, EyeOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { Cycle } from '../../../api/intake.js';
import { useApi } from '../../../api/useApi.js';
import { formatDate, formatDateTime } from '../../../i18n/format.js';
import { useLocale } from '../../../i18n/useLocale.js';
import { ErrorState } from '../../../layout/ErrorState.js';
import { PageHeader } from '../../../layout/PageHeader.js';
import { useSession } from '../../../session/SessionContext.js';
import { CycleStageTag, WindowTag } from '../shared/StatusTags.js';
import { CycleTransitionButtons } from './CycleTransitionButtons.js';
import '../intake.css';

/** Cycles are edited before publication only (the server refuses later changes). */
export const EDITABLE_STAGES = ['draft', 'criteria_approved'];

/**
 * The award's yearly cycles. The Office creates and edits them and publishes the announcement;
 * the committee chair approves the criteria first (Art. 5, 13). Buttons follow the server's
 * `transitions` for the person.
 */
export default function CyclesPage() {
  const { t } = useTranslation('intake');
  const { locale, local } = useLocale();
  const navigate = useNavigate();
  const { session } = useSession();
  const cycles = useApi('/api/cycles');
  const programmes = useApi('/api/programmes');
  const frameworks = useApi('/api/frameworks');
  const programmeTitle = (id: string) => {
    const found = programmes.data?.items.find((p) => p.id === id);
    return found ? `${local(found.title)}（${found.documentNumber}）` : id;
  };
  const frameworkTitle = (id: string) => {
    const found = frameworks.data?.items.find((f) => f.id === id);
    return found ? local(found.title) : id;
  };
  const manage = session?.user?.abilities?.includes('cycle.manage') ?? false;
  const approver = session?.user?.abilities?.includes('cycle.approve-criteria') ?? false;
  const awaitingApproval = (cycles.data?.items ?? []).filter((c) =>
    c.transitions.includes('criteria_approved'),
  );

  return (
    <>
      <PageHeader
        title={t('cycles.title')}
        lead={t(manage ? 'cycles.lead' : 'cycles.leadChair')}
        extra={
          manage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/app/cycles/new')}>
              {t('cycles.create')}
            </Button>
          )
        }
      />
      {approver && awaitingApproval.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('cycles.awaitingApproval', { count: awaitingApproval.length })}
          description={t('cycles.awaitingApprovalText')}
        />
      )}
      <Card>
        {cycles.error && <ErrorState error={cycles.error} onRetry={cycles.reload} />}
        <Table<Cycle>
          rowKey="id"
          size="middle"
          loading={cycles.loading}
          dataSource={cycles.data?.items ?? []}
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (count) => t('total', { count }) }}
          locale={{ emptyText: t('cycles.empty') }}
          columns={[
            {
              key: 'year',
              title: t('cycles.year'),
              render: (_, cycle) => (
                <Link to={`/app/cycles/${cycle.id}`} style={{ fontWeight: 600 }}>
                  {t('cycles.yearValue', { year: cycle.year })}
                </Link>
              ),
            },
            {
              key: 'stage',
              title: t('cycles.stage'),
              render: (_, cycle) => (
                <Space size={4} wrap>
                  <CycleStageTag stage={cycle.stage} />
                  {cycle.stage === 'published' && <WindowTag window={cycle.window} />}
                </Space>
              ),
            },
            {
              key: 'dates',
              title: t('cycles.dates'),
              render: (_, cycle) => (
                <>
                  <div>{t('cycles.announcedOn', { date: formatDate(cycle.announcementDate, locale) })}</div>
                  <Typography.Text type="secondary">
                    {t('cycles.deadlineOn', { time: formatDateTime(cycle.applicationDeadline, locale) })}
                  </Typography.Text>
                </>
              ),
            },
            {
              key: 'framework',
              title: t('cycles.framework'),
              render: (_, cycle) => (
                <>
                  <div>{frameworkTitle(cycle.frameworkId)}</div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {programmeTitle(cycle.rulesVersionId)}
                  </Typography.Text>
                </>
              ),
            },
            {
              key: 'actions',
              title: t('actionsColumn'),
              render: (_, cycle) => (
                <Space size="small" wrap>
                  {manage && EDITABLE_STAGES.includes(cycle.stage) ? (
                    <Button
                      size="small"
                      icon={<EditOutlined />}
                      onClick={() => navigate(`/app/cycles/${cycle.id}`)}
                    >
                      {t('cycles.edit')}
                    </Button>
                  ) : (
                    <Button
                      size="small"
                      icon={<EyeOutlined />}
                      onClick={() => navigate(`/app/cycles/${cycle.id}`)}
                    >
                      {t('cycles.view')}
                    </Button>
                  )}
                  {cycle.publishedAt && (
                    <Button size="small" type="link" onClick={() => navigate(`/cycles/${cycle.id}`)}>
                      {t('cycles.announcement')}
                    </Button>
                  )}
                  <CycleTransitionButtons cycle={cycle} onMoved={() => cycles.reload()} />
                  {cycle.stage === 'draft' && !cycle.transitions.includes('criteria_approved') && (
                    <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                      {t('cycles.awaitingChair')}
                    </Typography.Text>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}
