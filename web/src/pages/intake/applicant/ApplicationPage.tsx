import { FormOutlined, NotificationOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, Result, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { applicationsApi, type ApplicationView, type Cycle } from '../../../api/intake.js';
import { useApi } from '../../../api/useApi.js';
import { useApiMutation } from '../../../api/useApiMutation.js';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert.js';
import { formatDate, formatDateTime } from '../../../i18n/format.js';
import { useLocale } from '../../../i18n/useLocale.js';
import { ErrorState } from '../../../layout/ErrorState.js';
import { PageHeader } from '../../../layout/PageHeader.js';
import { Countdown } from '../shared/Countdown.js';
import { WindowTag } from '../shared/StatusTags.js';
import { ApplicationWorkspace } from './ApplicationWorkspace.js';
import '../intake.css';

/** No application yet: the open cycle, its deadline, and the button that starts one. */
function StartApplication({
  cycle,
  serverTime,
  onStarted,
}: {
  cycle: Cycle;
  serverTime: string;
  onStarted: (id: string) => void;
}) {
  const { t } = useTranslation('intake');
  const { locale } = useLocale();
  const navigate = useNavigate();
  const start = useApiMutation<void, ApplicationView>(() => applicationsApi.start(cycle.id), {
    invalidates: ['/applications'],
    success: t('apply.started'),
    onSuccess: (view) => onStarted(view.id),
  });

  return (
    <>
      <PageHeader title={t('apply.startTitle', { year: cycle.year })} lead={t('apply.startLead')} />
      {start.failure && <ApiErrorAlert error={start.failure.error} />}
      <Card style={{ maxWidth: 760 }}>
        <Descriptions
          column={1}
          size="small"
          items={[
            { key: 'window', label: t('apply.window'), children: <WindowTag window={cycle.window} /> },
            {
              key: 'announced',
              label: t('plan.announcement'),
              children: formatDate(cycle.announcementDate, locale),
            },
            {
              key: 'deadline',
              label: t('plan.deadline'),
              children: (
                <Flex wrap gap="4px 12px">
                  <strong>
                    {t('time.beijing', { time: formatDateTime(cycle.applicationDeadline, locale) })}
                  </strong>
                  <Countdown deadline={cycle.applicationDeadline} serverTime={serverTime} />
                </Flex>
              ),
            },
          ]}
        />
        <Typography.Paragraph style={{ margin: '16px 0' }}>{t('apply.startText')}</Typography.Paragraph>
        <Flex wrap gap={12}>
          <Button
            type="primary"
            size="large"
            icon={<FormOutlined />}
            loading={start.pending}
            disabled={start.pending}
            onClick={() => void start.submit()}
          >
            {t('apply.start')}
          </Button>
          <Button
            size="large"
            icon={<NotificationOutlined />}
            onClick={() => navigate(`/cycles/${cycle.id}`)}
          >
            {t('publicCycle.read')}
          </Button>
        </Flex>
      </Card>
    </>
  );
}

/**
 * The applicant's page: its application in the current cycle, or — while a cycle accepts
 * applications — the button that starts it.
 */
export default function ApplicationPage() {
  const { t } = useTranslation('intake');
  const navigate = useNavigate();
  const applications = useApi('/api/applications');
  const cycles = useApi('/api/public/cycles');
  const [started, setStarted] = useState<string>();

  if (applications.error) return <ErrorState error={applications.error} onRetry={applications.reload} />;
  if (cycles.error) return <ErrorState error={cycles.error} onRetry={cycles.reload} />;
  if (!applications.data || !cycles.data) return <Skeleton active paragraph={{ rows: 10 }} />;

  const open = cycles.data.items.find((c) => c.window === 'open');
  const mine = [...applications.data.items].sort((a, b) => b.cycleYear - a.cycleYear);
  const current =
    started ??
    (open ? mine.find((a) => a.cycleId === open.id) : undefined)?.id ??
    (!open ? mine[0]?.id : undefined);

  if (current) return <ApplicationWorkspace key={current} id={current} />;
  if (open)
    return <StartApplication cycle={open} serverTime={cycles.data.serverTime} onStarted={setStarted} />;
  const latest = cycles.data.items[0];
  return (
    <Result
      status="info"
      title={t('apply.noCycle')}
      subTitle={latest ? t('apply.noCycleLatest', { year: latest.year }) : t('apply.noCycleText')}
      extra={
        latest && (
          <Button onClick={() => navigate(`/cycles/${latest.id}`)} icon={<NotificationOutlined />}>
            {t('publicCycle.read')}
          </Button>
        )
      }
    />
  );
}
