import { ArrowRightOutlined, BookOutlined } from '@ant-design/icons';
import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { articleLabel } from '../../i18n/articleLabel.js';
import { useLocale } from '../../i18n/useLocale.js';
import { mayOpen, type RoleKey } from '../../session/roles.js';
import { useSession } from '../../session/SessionContext.js';
import { PAGE_PATHS, ROLE_GUIDE } from './roleGuide.js';

/** One role: what it does in the award, and the pages it can use today. */
export function RoleCard({ role }: { role: RoleKey }) {
  const { t } = useTranslation();
  const { local } = useLocale();
  const { session } = useSession();
  const guide = ROLE_GUIDE[role];
  const pages = guide.pages.filter((page) => mayOpen(session?.user, page));
  const duties = t(`roleGuide.${role}.duties`, { returnObjects: true });
  return (
    <Card
      title={t(`roles.${role}`)}
      styles={{ header: { borderTop: '3px solid var(--primary-blue)' } }}
      style={{ height: '100%' }}
      data-role={role}
    >
      <Typography.Paragraph style={{ marginTop: 0 }}>{t(`roleGuide.${role}.summary`)}</Typography.Paragraph>
      <div style={{ fontWeight: 600, marginBottom: 4 }}>{t('workspace.dutiesTitle')}</div>
      <ul style={{ paddingInlineStart: 20, margin: '0 0 12px', lineHeight: 1.9, color: '#3a3f47' }}>
        {duties.map((duty) => (
          <li key={duty}>{duty}</li>
        ))}
      </ul>
      <div style={{ fontWeight: 600, marginBottom: 6 }}>{t('workspace.availableNow')}</div>
      <Flex wrap gap="small" style={{ columnGap: 20 }}>
        {pages.map((page) => (
          <Link key={page} to={PAGE_PATHS[page]}>
            <ArrowRightOutlined /> {t(`workspace.links.${page}`)}
          </Link>
        ))}
        <Link to={`/rules#article-${guide.article}`}>
          <BookOutlined /> {t('workspace.links.rules')} · {local(articleLabel({ article: guide.article }))}
        </Link>
      </Flex>
      {pages.length === 0 && (
        <Typography.Paragraph type="secondary" style={{ margin: '10px 0 0', fontSize: 13 }}>
          {t('workspace.upcoming')}
        </Typography.Paragraph>
      )}
    </Card>
  );
}
