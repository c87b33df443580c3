import { ArrowRightOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Row, Statistic } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useApi } from '../../api/useApi.js';
import { mayOpen } from '../../session/roles.js';
import { useSession } from '../../session/SessionContext.js';

function TaskCard(props: {
  title: string;
  label: string;
  value: number | undefined;
  action: string;
  to: string;
}) {
  const navigate = useNavigate();
  return (
    <Card
      size="small"
      title={props.title}
      styles={{ header: { borderTop: '3px solid var(--brand-red)' } }}
      style={{ height: '100%' }}
    >
      <Flex vertical gap={10}>
        <Statistic title={props.label} value={props.value ?? '…'} />
        <div>
          <Button type="primary" icon={<ArrowRightOutlined />} onClick={() => navigate(props.to)}>
            {props.action}
          </Button>
        </div>
      </Flex>
    </Card>
  );
}

function ConflictsCard() {
  const { t } = useTranslation();
  const suggested = useApi('/api/conflicts', { query: { status: 'suggested', pageSize: 1 } });
  return (
    <TaskCard
      title={t('home.conflictsTitle')}
      label={t('home.conflictsWaiting')}
      value={suggested.data?.total}
      action={t('home.conflictsOpen')}
      to="/app/conflicts"
    />
  );
}

function PanelsCard() {
  const { t } = useTranslation();
  const cycles = useApi('/api/cycles');
  const cycle = cycles.data?.items[0];
  const panels = useApi(
    '/api/cycles/{cycleId}/panels',
    cycle ? { path: { cycleId: cycle.id }, query: { drawn: 'false', pageSize: 1 } } : null,
  );
  if (cycles.data && !cycle) return null;
  return (
    <TaskCard
      title={t('home.panelsTitle')}
      label={t('home.panelsWaiting', { year: cycle?.year ?? '' })}
      value={panels.data?.total}
      action={t('home.panelsOpen')}
      to="/app/panels"
    />
  );
}

function InvitationsCard() {
  const { t } = useTranslation();
  // Counted by the server: seats not yet answered, or confirmed before the undertaking.
  const mine = useApi('/api/my/panels', { query: { awaiting: 'true', pageSize: 1 } });
  const waiting = mine.data?.total;
  return (
    <TaskCard
      title={t('home.invitationsTitle')}
      label={t('home.invitationsWaiting')}
      value={waiting}
      action={t('home.invitationsOpen')}
      to="/app/invitations"
    />
  );
}

/** Work waiting in the expert pool and the draws, per role, on the workspace home. */
export function ReviewHomeCards() {
  const { session } = useSession();
  const user = session?.user;
  const cards: ReactNode[] = [];
  if (mayOpen(user, 'conflicts')) cards.push(<ConflictsCard key="conflicts" />);
  if (mayOpen(user, 'panels')) cards.push(<PanelsCard key="panels" />);
  if (mayOpen(user, 'invitations')) cards.push(<InvitationsCard key="invitations" />);
  if (cards.length === 0) return null;
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      {cards.map((card, index) => (
        <Col key={index} xs={24} md={12} xl={8}>
          {card}
        </Col>
      ))}
    </Row>
  );
}
