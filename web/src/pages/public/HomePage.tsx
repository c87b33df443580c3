import { ArrowRightOutlined, BookOutlined, LoginOutlined } from '@ant-design/icons';
import { Button, Col, Flex, Row, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { CURRENT_PROGRAMME_ID } from '../../api/programmes.js';
import { useApi } from '../../api/useApi.js';
import { ArticleTag } from '../../components/ArticleTag.js';
import { useLocale } from '../../i18n/useLocale.js';
import { ErrorState } from '../../layout/ErrorState.js';
import { useSession } from '../../session/SessionContext.js';
import { AwardFacts } from './AwardFacts.js';
import { PublishedCycleCard } from '../intake/public/PublishedCycleCard.js';
import { ProcessSteps } from './ProcessSteps.js';
import { usePageTitle } from '../../layout/usePageTitle.js';
import './public.css';
import { Panel } from '../../components/Panel.js';

/** The public front page: what the award is, its key numbers, how it is decided, and this year's cycle. */
export function HomePage() {
  const { t } = useTranslation();
  usePageTitle();
  const { local } = useLocale();
  const navigate = useNavigate();
  const { session } = useSession();
  const {
    data: programme,
    error,
    reload,
  } = useApi('/api/programmes/{id}', { path: { id: CURRENT_PROGRAMME_ID } });
  const article2 = programme?.articles.find((a) => a.number === 2);
  const signedIn = Boolean(session?.authenticated);

  return (
    <>
      <section className="hero">
        <div className="hero__eyebrow">{t('home.eyebrow')}</div>
        <h1 className="page-title hero__title">{t('home.heroTitle')}</h1>
        <p className="hero__lead">{t('home.heroLead')}</p>
        <Flex gap={12} wrap>
          <Button size="large" icon={<BookOutlined />} onClick={() => navigate('/rules')}>
            {t('home.readRules')}
          </Button>
          <Button
            size="large"
            ghost
            icon={signedIn ? <ArrowRightOutlined /> : <LoginOutlined />}
            onClick={() => navigate(signedIn ? '/app' : '/sign-in')}
          >
            {signedIn ? t('home.openWorkspace') : t('home.signIn')}
          </Button>
        </Flex>
      </section>

      {error && <ErrorState error={error} onRetry={reload} />}

      <Row gutter={[24, 24]}>
        <Col xs={{ span: 24, order: 1 }} lg={{ span: 8, order: 2 }}>
          <Flex vertical gap={16}>
            {programme ? <AwardFacts programme={programme} /> : !error && <Skeleton active />}
            <PublishedCycleCard />
          </Flex>
        </Col>
        <Col xs={{ span: 24, order: 2 }} lg={{ span: 16, order: 1 }}>
          <Flex vertical gap={24}>
            <Panel>
              <h2 className="section-title">{t('home.aboutTitle')}</h2>
              {article2 ? (
                <>
                  <p className="quote">{local(article2.text)}</p>
                  <ArticleTag source={{ article: 2 }} />
                </>
              ) : (
                !error && <Skeleton active paragraph={{ rows: 3 }} />
              )}
            </Panel>
            <Panel>
              <h2 className="section-title">{t('home.processTitle')}</h2>
              <p style={{ color: 'var(--ink-muted)', marginTop: 0 }}>{t('home.processLead')}</p>
              {programme ? <ProcessSteps programme={programme} /> : !error && <Skeleton active />}
            </Panel>
          </Flex>
        </Col>
      </Row>
    </>
  );
}
