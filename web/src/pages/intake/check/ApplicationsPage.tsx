import { Button, Card, Flex, Input, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { APPLICATION_STATUSES } from '../../../../../src/applications/core/application-status.js';
import { type ApplicationStatus, type ApplicationSummary } from '../../../api/intake.js';
import { useApi } from '../../../api/useApi.js';
import { usePaging } from '../../../api/usePaging.js';
import { formatDateTime } from '../../../i18n/format.js';
import { useLocale } from '../../../i18n/useLocale.js';
import { ErrorState } from '../../../layout/ErrorState.js';
import { PageHeader } from '../../../layout/PageHeader.js';
import { ApplicationStatusTag, EligibleTag, PriorityTag } from '../shared/StatusTags.js';
import '../intake.css';

/**
 * The Office's list of applications (Art. 15): by cycle, status and name or credit code, with the
 * eligibility engine's flag, the failing clauses, the priority flag of Art. 8(5) and the deadline.
 */
export default function ApplicationsPage() {
  const { t } = useTranslation('intake');
  const { local, locale } = useLocale();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const cycleId = params.get('cycle') ?? undefined;
  const status = (params.get('status') as ApplicationStatus | null) ?? undefined;
  const search = params.get('q') ?? '';
  const [searchText, setSearchText] = useState(search);
  const cycles = useApi('/api/cycles');
  const paging = usePaging(JSON.stringify([cycleId, status, search]));
  const list = useApi('/api/applications', { query: { cycleId, status, search, ...paging.params } });

  const setFilter = (key: string, value: string | undefined) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  return (
    <>
      <PageHeader title={t('list.title')} lead={t('list.lead')} />
      <Card>
        <Flex wrap gap={12} style={{ marginBottom: 16 }} role="search">
          <Select
            allowClear
            placeholder={t('list.anyCycle')}
            aria-label={t('list.cycle')}
            value={cycleId}
            onChange={(value?: string) => setFilter('cycle', value)}
            options={(cycles.data?.items ?? []).map((c) => ({
              value: c.id,
              label: t('cycles.yearValue', { year: c.year }),
            }))}
            style={{ flex: '1 1 140px', maxWidth: 200 }}
          />
          <Select
            allowClear
            placeholder={t('list.anyStatus')}
            aria-label={t('list.status')}
            value={status}
            onChange={(value?: string) => setFilter('status', value)}
            options={APPLICATION_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
            style={{ flex: '1 1 180px', maxWidth: 260 }}
          />
          <Input.Search
            allowClear
            placeholder={t('list.search')}
            aria-label={t('list.search')}
            enterButton={t('search')}
            value={searchText}
            onChange={(e) => setSearchText(e.target.value)}
            onSearch={(value) => setFilter('q', value.trim() || undefined)}
            style={{ flex: '2 1 260px' }}
          />
        </Flex>
        {list.error && <ErrorState error={list.error} onRetry={list.reload} />}
        <Table<ApplicationSummary>
          rowKey="id"
          size="middle"
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          scroll={{ x: 'max-content' }}
          pagination={paging.pagination(list.data?.total, { showTotal: (count) => t('total', { count }) })}
          locale={{ emptyText: t('list.empty') }}
          columns={[
            {
              key: 'organisation',
              title: t('list.organisation'),
              render: (_, a) => (
                <>
                  <Link to={`/app/applications/${a.id}`} style={{ fontWeight: 600 }}>
                    {a.organisationName}
                  </Link>
                  <div>
                    <Typography.Text type="secondary" className="hash">
                      {a.creditCode}
                    </Typography.Text>
                  </div>
                </>
              ),
            },
            {
              key: 'cycle',
              title: t('list.cycle'),
              render: (_, a) => t('cycles.yearValue', { year: a.cycleYear }),
            },
            {
              key: 'status',
              title: t('list.status'),
              render: (_, a) => <ApplicationStatusTag status={a.status} />,
            },
            {
              key: 'eligibility',
              title: t('list.eligibility'),
              render: (_, a) => (
                <div style={{ maxWidth: 280 }}>
                  <span style={{ display: 'inline-flex', gap: 4, flexWrap: 'wrap' }}>
                    <EligibleTag eligible={a.eligible} />
                    {a.priority && <PriorityTag />}
                  </span>
                  {a.failing.length > 0 && (
                    <div style={{ fontSize: 12, color: '#c4161c', marginTop: 2 }}>
                      {t('list.failing', {
                        clauses: a.failing.map((f) => local(f)).join(t('listSeparator')),
                      })}
                    </div>
                  )}
                  {a.needsCheck > 0 && (
                    <div className="muted" style={{ fontSize: 12 }}>
                      {t('list.needsCheck', { count: a.needsCheck })}
                    </div>
                  )}
                </div>
              ),
            },
            {
              key: 'deadline',
              title: t('list.deadline'),
              render: (_, a) => formatDateTime(a.deadline, locale),
            },
            {
              key: 'updated',
              title: t('list.updated'),
              render: (_, a) => formatDateTime(a.updatedAt, locale),
            },
            {
              key: 'actions',
              title: t('actionsColumn'),
              fixed: 'right',
              render: (_, a) => (
                <Button
                  size="small"
                  type={a.status === 'submitted' ? 'primary' : 'default'}
                  onClick={() => navigate(`/app/applications/${a.id}`)}
                >
                  {a.status === 'submitted' ? t('list.check') : t('list.open')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}
