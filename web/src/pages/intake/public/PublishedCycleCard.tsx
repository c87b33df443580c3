import { CalendarOutlined, FormOutlined, NotificationOutlined } from '@ant-design/icons';
import { Button, Flex, Skeleton, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useApi } from '../../../api/useApi.js';
import { formatDateTime } from '../../../i18n/format.js';
import { useLocale } from '../../../i18n/useLocale.js';
import { CurrentCycleCard } from '../../public/CurrentCycleCard.js';
import { Countdown } from '../shared/Countdown.js';
import { WindowTag } from '../shared/StatusTags.js';
import '../intake.css';
import { Panel } from '../../../components/Panel.js';
import { useProgrammeScope } from '../../programmes/programmeScope.js';

/**
 * The home page's "this year" card: the newest published cycle with its window, deadline in
 * Beijing time and a countdown on the server's clock; until one is published, the plain notice.
 */
export function PublishedCycleCard() {
  const { t } = useTranslation('intake');
  const { locale } = useLocale();
  const navigate = useNavigate();
  const scope = useProgrammeScope();
  const cycles = useApi('/api/public/cycles', { query: scope.query });
  const cycle = cycles.data?.items[0];

  if (!cycles.data && !cycles.error) {
    return (
      <Panel>
        <Skeleton active paragraph={{ rows: 3 }} />
      </Panel>
    );
  }
  if (!cycle) return <CurrentCycleCard />;

  return (
    <Panel
      title={t('publicCycle.title')}
      extra={<Tag color="red">{t('publicCycle.year', { year: cycle.year })}</Tag>}
      styles={{ header: { borderTop: '3px solid var(--brand-red)' } }}
      data-testid="published-cycle"
    >
      <Flex gap={14} align="flex-start">
        <CalendarOutlined style={{ fontSize: 28, color: 'var(--brand-red)', marginTop: 4 }} aria-hidden />
        <Flex vertical gap={8} style={{ minWidth: 0 }}>
          <div>
            <WindowTag window={cycle.window} />
          </div>
          <div>
            <div className="muted" style={{ fontSize: 13 }}>
              {t('publicCycle.deadline')}
            </div>
            <div style={{ fontWeight: 600, fontSize: 16 }}>
              {t('time.beijing', { time: formatDateTime(cycle.applicationDeadline, locale) })}
            </div>
          </div>
          {cycle.window !== 'closed' && (
            <Countdown
              deadline={cycle.applicationDeadline}
              serverTime={cycles.data?.serverTime}
              size="large"
            />
          )}
          <Flex wrap gap={8} style={{ marginTop: 4 }}>
            <Button
              type="primary"
              icon={<NotificationOutlined />}
              onClick={() => navigate(scope.to(`/cycles/${cycle.id}`))}
            >
              {t('publicCycle.read')}
            </Button>
            {cycle.window === 'open' && (
              <Button icon={<FormOutlined />} onClick={() => navigate('/register')}>
                {t('publicCycle.apply')}
              </Button>
            )}
          </Flex>
        </Flex>
      </Flex>
    </Panel>
  );
}
