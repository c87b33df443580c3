import { ArrowRightOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Row, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { ApplicationStatus } from '../../../api/intake.js';
import { useApi } from '../../../api/useApi.js';
import { formatDateTime } from '../../../i18n/format.js';
import { useLocale } from '../../../i18n/useLocale.js';
import { mayOpen } from '../../../session/roles.js';
import { useSession } from '../../../session/SessionContext.js';
import { Countdown } from '../shared/Countdown.js';
import { ApplicationStatusTag } from '../shared/StatusTags.js';
import '../intake.css';

function TaskCard({
  title,
  children,
  action,
  onAction,
  testId,
}: {
  title: string;
  children: ReactNode;
  action: string;
  onAction: () => void;
  testId: string;
}) {
  return (
    <Card
      size="small"
      title={title}
      styles={{ header: { borderTop: '3px solid var(--brand-red)' } }}
      style={{ height: '100%' }}
      data-testid={testId}
    >
      <Flex vertical gap={10} style={{ height: '100%' }}>
        <div style={{ flex: 1 }}>{children}</div>
        <div>
          <Button type="primary" icon={<ArrowRightOutlined />} onClick={onAction}>
            {action}
          </Button>
        </div>
      </Flex>
    </Card>
  );
}

/** The applicant's application in one glance: status, deadline, the way in. */
function ApplicantCard() {
  const { t } = useTranslation('intake');
  const { locale } = useLocale();
  const navigate = useNavigate();
  const mine = useApi('/api/applications');
  const cycles = useApi('/api/public/cycles');
  const open = cycles.data?.items.find((c) => c.window === 'open');
  const current = [...(mine.data?.items ?? [])].sort((a, b) => b.cycleYear - a.cycleYear)[0];
  return (
    <TaskCard
      testId="home-application"
      title={t('home.application')}
      action={current ? t('home.openApplication') : t('home.startApplication')}
      onAction={() => navigate('/app/application')}
    >
      {current ? (
        <Flex vertical gap={6}>
          <div>
            {t('cycles.yearValue', { year: current.cycleYear })}{' '}
            <ApplicationStatusTag status={current.status} />
          </div>
          <Typography.Text type="secondary">
            {t('home.deadline', { time: formatDateTime(current.deadline, locale) })}
          </Typography.Text>
          {['draft', 'awaiting_endorsement', 'endorsed'].includes(current.status) && (
            <Countdown deadline={current.deadline} serverTime={cycles.data?.serverTime} />
          )}
        </Flex>
      ) : open ? (
        <Flex vertical gap={6}>
          <span>{t('home.cycleOpen', { year: open.year })}</span>
          <Countdown deadline={open.applicationDeadline} serverTime={cycles.data?.serverTime} />
        </Flex>
      ) : (
        <Typography.Text type="secondary">{t('apply.noCycle')}</Typography.Text>
      )}
    </TaskCard>
  );
}

function CountCard({
  status,
  title,
  label,
  action,
  to,
  testId,
}: {
  /** Applications in this status (their total, from the server), or else the cycles. */
  status?: ApplicationStatus;
  title: string;
  label: string;
  action: string;
  to: string;
  testId: string;
}) {
  const navigate = useNavigate();
  const applications = useApi('/api/applications', status ? { query: { status, pageSize: 1 } } : null);
  const cycles = useApi('/api/cycles', status ? null : {});
  const count = status ? applications.data?.total : cycles.data?.items.length;
  return (
    <TaskCard testId={testId} title={title} action={action} onAction={() => navigate(to)}>
      <Statistic title={label} value={count ?? '…'} />
    </TaskCard>
  );
}

function ChairCard() {
  const { t } = useTranslation('intake');
  const navigate = useNavigate();
  const cycles = useApi('/api/cycles');
  const waiting = (cycles.data?.items ?? []).filter((c) =>
    c.transitions.includes('criteria_approved'),
  ).length;
  return (
    <TaskCard
      testId="home-criteria"
      title={t('home.criteria')}
      action={t('home.openCycles')}
      onAction={() => navigate('/app/cycles')}
    >
      <Statistic title={t('home.criteriaWaiting')} value={cycles.data ? waiting : '…'} />
    </TaskCard>
  );
}

/** Work waiting in intake, per role, at the top of the workspace home. */
export function IntakeHomeCards() {
  const { t } = useTranslation('intake');
  const { session } = useSession();
  const user = session?.user;
  const cards: ReactNode[] = [];
  if (mayOpen(user, 'application')) cards.push(<ApplicantCard key="applicant" />);
  if (mayOpen(user, 'endorsements'))
    cards.push(
      <CountCard
        key="endorse"
        testId="home-endorsements"
        status="awaiting_endorsement"
        title={t('home.endorsements')}
        label={t('home.endorsementsWaiting')}
        action={t('home.openEndorsements')}
        to="/app/endorsements"
      />,
    );
  if (mayOpen(user, 'applications'))
    cards.push(
      <CountCard
        key="check"
        testId="home-check"
        status="submitted"
        title={t('home.check')}
        label={t('home.checkWaiting')}
        action={t('home.openCheck')}
        to="/app/applications?status=submitted"
      />,
    );
  if (user?.abilities?.includes('cycle.approve-criteria')) cards.push(<ChairCard key="chair" />);
  if (user?.abilities?.includes('cycle.manage'))
    cards.push(
      <CountCard
        key="cycles"
        testId="home-cycles"
        title={t('home.cycles')}
        label={t('home.cyclesCount')}
        action={t('home.openCycles')}
        to="/app/cycles"
      />,
    );
  if (cards.length === 0) return null;
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      {cards.map((card, i) => (
        <Col key={i} xs={24} md={12} xl={8}>
          {card}
        </Col>
      ))}
    </Row>
  );
}
