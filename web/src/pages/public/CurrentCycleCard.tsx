import { CalendarOutlined } from '@ant-design/icons';
import { Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { currentYear } from '../../i18n/format.js';
import { Panel } from '../../components/Panel.js';

/** This year's cycle. Until cycles exist, it says plainly that no call has been published yet. */
export function CurrentCycleCard() {
  const { t } = useTranslation();
  return (
    <Panel
      title={t('home.cycleTitle')}
      extra={<Tag color="default">{t('home.cycleYear', { year: currentYear() })}</Tag>}
      styles={{ header: { borderTop: '3px solid var(--brand-red)' } }}
    >
      <Flex gap={14} align="flex-start">
        <CalendarOutlined style={{ fontSize: 28, color: 'var(--brand-red)', marginTop: 4 }} aria-hidden />
        <div>
          <div style={{ fontWeight: 600, fontSize: 16, marginBottom: 6 }}>{t('home.cycleNotPublished')}</div>
          <p style={{ color: 'var(--ink-muted)', margin: '0 0 8px', lineHeight: 1.8 }}>
            {t('home.cycleNotPublishedText')}
          </p>
          <Link to="/rules#chapter-3">{t('home.cycleHint')}</Link>
        </div>
      </Flex>
    </Panel>
  );
}
