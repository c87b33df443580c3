import { ArrowRightOutlined, BookOutlined, LoginOutlined } from '@ant-design/icons';
import { Button, Col, Flex, Row, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useAwardProgramme, useProgrammeScope } from '../programmes/programmeScope.js';
import { NotFoundPage } from './NotFoundPage.js';
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
  const scope = useProgrammeScope();
  const award = useAwardProgramme();
  const rulesId = award.programme?.rulesVersionId;
  const rules = useApi('/api/programmes/{id}', rulesId ? { path: { id: rulesId } } : null);
  const programme = rules.data;
  const error = award.error ?? rules.error;
  const reload = award.error ? award.reload : rules.reload;
  // Under /p/<slug>/ the page is that programme's, in its own words; `/` keeps the installation's.
  const own = scope.slug && award.programme;
  if (award.missing) return <NotFoundPage />;
  const article2 = programme?.articles.find((a) => a.number === 2);
  const signedIn = Boolean(session?.authenticated);

  return (
    <>
      <section className="hero">
        <div className="hero__eyebrow">{own ? local(own.issuer) : t('home.eyebrow')}</div>
        <h1 className="page-title hero__title">{own ? local(own.name) : t('home.heroTitle')}</h1>
        <p className="hero__lead">
          {own ? t('home.programmeLead', { issuer: local(own.issuer) }) : t('home.heroLead')}
        </p>
        <Flex gap={12} wrap>
          <Button size="large" icon={<BookOutlined />} onClick={() => navigate(scope.to('/rules'))}>
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
            {award.all.length > 1 && (
              <Panel title={t('programmes.otherAwards')} data-testid="other-awards">
                <Flex vertical gap={8}>
                  {award.all
                    .filter((p) => p.id !== award.programme?.id)
                    .map((p) => (
                      <Link key={p.id} to={`/p/${encodeURIComponent(p.id)}`}>
                        {local(p.name)}
                      </Link>
                    ))}
                  <Link to="/p">{t('programmes.title')}</Link>
                </Flex>
              </Panel>
            )}
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
