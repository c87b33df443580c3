import { Badge, Button, Card, Table, Tabs, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { ApiError } from '../../../api/client.js';
import { applicationsApi, type ApplicationView } from '../../../api/intake.js';
import { asApiError } from '../../../api/useApiData.js';
import { formatDateTime } from '../../../i18n/format.js';
import { useLocale } from '../../../i18n/useLocale.js';
import { ErrorState } from '../../../layout/ErrorState.js';
import { PageHeader } from '../../../layout/PageHeader.js';
import { useSession } from '../../../session/SessionContext.js';
import { ApplicationStatusTag, EligibleTag, PriorityTag } from '../shared/StatusTags.js';
import '../intake.css';

/**
 * The applications of the endorser's town or department. The list says what may be seen; each
 * record says whether this person's opinion is still awaited (`abilities.endorseAs`).
 */
function useEndorsementQueue() {
  const [items, setItems] = useState<ApplicationView[]>();
  const [error, setError] = useState<ApiError>();
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let cancelled = false;
    applicationsApi
      .list()
      .then(({ items: summaries }) => Promise.all(summaries.map((s) => applicationsApi.get(s.id))))
      .then(
        (views) => !cancelled && setItems(views),
        (reason: unknown) => !cancelled && setError(asApiError(reason)),
      );
    return () => {
      cancelled = true;
    };
  }, [attempt]);
  return { items, error, reload: () => setAttempt((n) => n + 1) };
}

export default function EndorsementQueuePage() {
  const { t } = useTranslation('intake');
  const { locale } = useLocale();
  const navigate = useNavigate();
  const { session } = useSession();
  const queue = useEndorsementQueue();
  const [tab, setTab] = useState('pending');
  const me = session?.user?.id;
  const pending = (queue.items ?? []).filter((a) => a.abilities.endorseAs.length > 0);
  const shown = tab === 'pending' ? pending : (queue.items ?? []);

  return (
    <>
      <PageHeader title={t('endorse.queueTitle')} lead={t('endorse.queueLead')} />
      <Card>
        {queue.error && <ErrorState error={queue.error} onRetry={queue.reload} />}
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            {
              key: 'pending',
              label: (
                <span>
                  {t('endorse.tabPending')}{' '}
                  <Badge count={pending.length} showZero color={pending.length ? '#c4161c' : '#bfbfbf'} />
                </span>
              ),
            },
            { key: 'all', label: t('endorse.tabAll') },
          ]}
        />
        <Table<ApplicationView>
          rowKey="id"
          size="middle"
          loading={!queue.items && !queue.error}
          dataSource={shown}
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (count) => t('total', { count }) }}
          locale={{ emptyText: tab === 'pending' ? t('endorse.emptyPending') : t('endorse.emptyAll') }}
          columns={[
            {
              key: 'organisation',
              title: t('list.organisation'),
              render: (_, a) => (
                <>
                  <Link to={`/app/endorsements/${a.id}`} style={{ fontWeight: 600 }}>
                    {a.organisation?.name}
                  </Link>
                  <div>
                    <Typography.Text type="secondary" className="hash">
                      {a.organisation?.creditCode}
                    </Typography.Text>
                  </div>
                </>
              ),
            },
            {
              key: 'year',
              title: t('list.cycle'),
              render: (_, a) => t('cycles.yearValue', { year: a.cycle.year }),
            },
            {
              key: 'status',
              title: t('list.status'),
              render: (_, a) => <ApplicationStatusTag status={a.status} />,
            },
            {
              key: 'mine',
              title: t('endorse.myOpinion'),
              render: (_, a) => {
                if (a.abilities.endorseAs.length > 0)
                  return <Typography.Text type="danger">{t('endorse.awaitingYou')}</Typography.Text>;
                const mine = a.endorsements.filter((e) => e.endorserId === me).at(-1);
                return mine ? t(`endorse.decisions.${mine.decision}`) : t('empty');
              },
            },
            {
              key: 'eligibility',
              title: t('list.eligibility'),
              render: (_, a) => (
                <span style={{ display: 'inline-flex', gap: 4, flexWrap: 'wrap' }}>
                  <EligibleTag eligible={a.eligibility.eligible} />
                  {a.eligibility.priority.flagged && <PriorityTag />}
                </span>
              ),
            },
            {
              key: 'deadline',
              title: t('list.deadline'),
              render: (_, a) => formatDateTime(a.deadline, locale),
            },
            {
              key: 'action',
              title: t('actionsColumn'),
              render: (_, a) => (
                <Button
                  size="small"
                  type={a.abilities.endorseAs.length > 0 ? 'primary' : 'default'}
                  onClick={() => navigate(`/app/endorsements/${a.id}`)}
                >
                  {a.abilities.endorseAs.length > 0 ? t('endorse.open') : t('endorse.view')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}
