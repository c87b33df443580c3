import { FormOutlined, LoginOutlined, MailOutlined, PhoneOutlined } from '@ant-design/icons';
import { Button, Col, Flex, Row, Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { Cycle } from '../../../api/intake.js';
import { useApi } from '../../../api/useApi.js';
import { ArticleTag } from '../../../components/ArticleTag.js';
import { DotList } from '../../../components/DotList.js';
import { formatDate, formatDateTime } from '../../../i18n/format.js';
import { useLocale } from '../../../i18n/useLocale.js';
import { ErrorState } from '../../../layout/ErrorState.js';
import { usePageTitle } from '../../../layout/usePageTitle.js';
import { useSession } from '../../../session/SessionContext.js';
import { Countdown } from '../shared/Countdown.js';
import { WindowTag } from '../shared/StatusTags.js';
import { useFramework, useProgramme } from '../shared/useCatalogue.js';
import { articleClauses, clauseNumbering } from './clauses.js';
import '../../public/public.css';
import '../intake.css';
import { Panel } from '../../../components/Panel.js';
import { useProgrammeScope } from '../../programmes/programmeScope.js';

/** Only an unknown id shows it: its chunk (antd's Result and illustrations) loads then. */
const CycleNotFound = lazy(() => import('./CycleNotFound.js'));

type PlanKey = keyof Cycle['plan'];

/** The planned dates of a cycle as timeline entries, in the order of the procedure (Art. 15). */
function planEntries(
  cycle: Cycle,
): { key: string; label: PlanKey | 'announcement' | 'deadline'; from: string; to?: string }[] {
  const { plan } = cycle;
  const entries: { key: string; label: PlanKey | 'announcement' | 'deadline'; from: string; to?: string }[] =
    [
      { key: 'announcement', label: 'announcement', from: cycle.announcementDate },
      { key: 'deadline', label: 'deadline', from: cycle.applicationDeadline },
    ];
  if (plan.preliminaryCheckBy)
    entries.push({ key: 'check', label: 'preliminaryCheckBy', from: plan.preliminaryCheckBy });
  if (plan.materialReviewFrom)
    entries.push({
      key: 'material',
      label: 'materialReviewFrom',
      from: plan.materialReviewFrom,
      to: plan.materialReviewTo,
    });
  if (plan.onSiteReviewFrom)
    entries.push({
      key: 'onsite',
      label: 'onSiteReviewFrom',
      from: plan.onSiteReviewFrom,
      to: plan.onSiteReviewTo,
    });
  if (plan.committeeMeeting)
    entries.push({ key: 'committee', label: 'committeeMeeting', from: plan.committeeMeeting });
  return entries;
}

/**
 * The year's public announcement (Art. 13): what the award is, who may apply (Art. 8) and who may
 * not (Art. 9), what to submit, the deadline with a countdown, the planned dates and contacts —
 * composed from the programme data and the Office's own text.
 */
export default function CycleAnnouncementPage() {
  const { t } = useTranslation('intake');
  const { t: tApp } = useTranslation();
  const { id } = useParams();
  const scope = useProgrammeScope();
  const cycles = useApi('/api/public/cycles', { query: scope.query });
  const cycle = cycles.data?.items.find((c) => c.id === id);
  usePageTitle(cycle ? t('announcement.title', { year: cycle.year, award: tApp('app.name') }) : undefined);

  if (cycles.error) return <ErrorState error={cycles.error} onRetry={cycles.reload} />;
  if (!cycles.data) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (!cycle) {
    return (
      <Suspense fallback={<Skeleton active paragraph={{ rows: 4 }} />}>
        <CycleNotFound />
      </Suspense>
    );
  }
  return <CycleAnnouncement cycle={cycle} serverTime={cycles.data.serverTime} />;
}

/**
 * The announcement of one cycle, as the public page shows it — also what the Office previews
 * before publishing (`preview`: the same page, its buttons inert).
 */
export function CycleAnnouncement({
  cycle,
  serverTime,
  preview = false,
}: {
  cycle: Cycle;
  serverTime: string;
  preview?: boolean;
}) {
  const { t } = useTranslation('intake');
  const { t: tApp } = useTranslation();
  const { local, locale } = useLocale();
  const navigate = useNavigate();
  const { session } = useSession();
  const scope = useProgrammeScope();
  const programme = useProgramme(cycle.rulesVersionId);
  const framework = useFramework(cycle.frameworkId);

  const data = programme.data;
  const article2 = data?.articles.find((a) => a.number === 2);
  // The articles the programme states its conditions and exclusions in are data (Jinshui 2011: 8, 9).
  const conditionsArticle = data?.clauses['years-operating'].article;
  const exclusionsArticle = data?.clauses['against-policy'].article;
  const art8 = data && conditionsArticle ? articleClauses(data, conditionsArticle) : undefined;
  const art9 = data && exclusionsArticle ? articleClauses(data, exclusionsArticle) : undefined;
  const params = data?.parameters;
  const items = framework.data?.categories.reduce((n, c) => n + c.items.length, 0);
  const introduction = cycle.announcement.introduction && local(cycle.announcement.introduction).trim();
  const contacts = cycle.announcement.contacts ?? [];
  const user = session?.authenticated ? session.user : undefined;
  const isApplicant = user?.roles.includes('applicant');
  const open = cycle.window === 'open';
  const clauseNumber = (n: number) => local(clauseNumbering(n));

  const callToAction = (
    <Panel
      title={t('announcement.ctaTitle')}
      styles={{ header: { borderTop: '3px solid var(--brand-red)' } }}
      className="announcement-cta"
    >
      <Flex vertical gap={12}>
        <div>
          <WindowTag window={cycle.window} />
        </div>
        <div>
          <div className="muted" style={{ fontSize: 13 }}>
            {t('publicCycle.deadline')}
          </div>
          <strong>{t('time.beijing', { time: formatDateTime(cycle.applicationDeadline, locale) })}</strong>
        </div>
        {cycle.window !== 'closed' && (
          <Countdown deadline={cycle.applicationDeadline} serverTime={serverTime} />
        )}
        <ol className="materials" style={{ fontSize: 13 }}>
          <li>{t('announcement.steps.register')}</li>
          <li>{t('announcement.steps.fill')}</li>
          <li>{t('announcement.steps.endorse')}</li>
          <li>{t('announcement.steps.submit')}</li>
        </ol>
        {isApplicant ? (
          <Button
            type="primary"
            size="large"
            block
            icon={<FormOutlined />}
            onClick={() => navigate('/app/application')}
          >
            {t('announcement.openApplication')}
          </Button>
        ) : (
          <>
            <Button
              type="primary"
              size="large"
              block
              icon={<FormOutlined />}
              disabled={!open}
              onClick={() => navigate('/register')}
            >
              {t('announcement.register')}
            </Button>
            {!user && (
              <Button
                block
                icon={<LoginOutlined />}
                onClick={() => navigate('/sign-in?next=/app/application')}
              >
                {t('announcement.signIn')}
              </Button>
            )}
          </>
        )}
        {!open && (
          <span className="text-secondary" style={{ fontSize: 13 }}>
            {t(cycle.window === 'closed' ? 'announcement.closedNote' : 'announcement.notOpenNote', {
              date: formatDate(cycle.announcementDate, locale),
            })}
          </span>
        )}
      </Flex>
    </Panel>
  );

  return (
    <div inert={preview}>
      <section className="announcement-banner" aria-labelledby="announcement-title">
        <div className="announcement-banner__eyebrow">
          {t('announcement.eyebrow', {
            date: formatDate(cycle.publishedAt ?? cycle.announcementDate, locale),
          })}
        </div>
        <h1 className="page-title" id="announcement-title">
          {t('announcement.title', { year: cycle.year, award: tApp('app.name') })}
        </h1>
        <div className="announcement-banner__deadline">
          <span>
            {t('announcement.deadlineLine', { time: formatDateTime(cycle.applicationDeadline, locale) })}
          </span>
          {cycle.window !== 'closed' && (
            <Countdown deadline={cycle.applicationDeadline} serverTime={serverTime} size="large" />
          )}
        </div>
      </section>

      <Row gutter={[24, 24]}>
        <Col xs={{ span: 24, order: 1 }} lg={{ span: 8, order: 2 }}>
          <div className="application-layout__side">{callToAction}</div>
        </Col>
        <Col xs={{ span: 24, order: 2 }} lg={{ span: 16, order: 1 }}>
          <Flex vertical gap={24}>
            <Panel>
              <h2 className="section-title">{t('announcement.about')}</h2>
              {article2 ? (
                <>
                  <p className="quote">{local(article2.text)}</p>
                  <ArticleTag source={{ article: 2 }} />
                </>
              ) : (
                <Skeleton active />
              )}
              {introduction && (
                <p className="prose" style={{ marginTop: 16 }}>
                  {introduction}
                </p>
              )}
            </Panel>

            <Panel id="conditions">
              <h2 className="section-title">{t('announcement.conditions')}</h2>
              {art8 ? (
                <>
                  <p>{local(art8.lead)}</p>
                  <ol className="clauses">
                    {art8.clauses.map((clause, i) => (
                      <li key={i}>
                        <span className="clauses__number">{clauseNumber(i + 1)}</span>
                        <span>{local(clause)}</span>
                      </li>
                    ))}
                  </ol>
                  {conditionsArticle && <ArticleTag source={{ article: conditionsArticle }} />}
                </>
              ) : (
                <Skeleton active />
              )}
            </Panel>

            <Panel id="exclusions">
              <h2 className="section-title">{t('announcement.exclusions')}</h2>
              {art9 ? (
                <>
                  <p>{local(art9.lead)}</p>
                  <ol className="clauses">
                    {art9.clauses.map((clause, i) => (
                      <li key={i}>
                        <span className="clauses__number">{clauseNumber(i + 1)}</span>
                        <span>{local(clause)}</span>
                      </li>
                    ))}
                  </ol>
                  {exclusionsArticle && <ArticleTag source={{ article: exclusionsArticle }} />}
                </>
              ) : (
                <Skeleton active />
              )}
            </Panel>

            <Panel id="materials">
              <h2 className="section-title">{t('announcement.materials')}</h2>
              {params && framework.data ? (
                <ol className="materials">
                  <li>{t('announcement.material.basic', { jurisdiction: params.jurisdiction.value })}</li>
                  <li>{t('announcement.material.financials', { years: params.lossFreeYears.value })}</li>
                  <li>{t('announcement.material.qms', { years: params.minYearsQmsEffective.value })}</li>
                  <li>{t('announcement.material.honours')}</li>
                  <li>{t('announcement.material.declarations')}</li>
                  <li>{t('announcement.material.overview', { max: params.overviewMaxChars.value })}</li>
                  <li>
                    {t('announcement.material.selfAssessment', {
                      standard: framework.data.standard,
                      items,
                    })}
                  </li>
                  <li>{t('announcement.material.endorsements')}</li>
                </ol>
              ) : (
                <Skeleton active />
              )}
              <p className="text-secondary" style={{ marginTop: 12, marginBottom: 0 }}>
                {t('announcement.fileNote')}
              </p>
            </Panel>

            <Panel id="schedule">
              <h2 className="section-title">{t('announcement.schedule')}</h2>
              <DotList
                items={planEntries(cycle).map((entry) => ({
                  key: entry.key,
                  color: entry.key === 'deadline' ? 'red' : ('blue' as const),
                  content: (
                    <>
                      <strong>{t(`plan.${entry.label}`)}</strong>
                      <div className="muted">
                        {entry.key === 'deadline'
                          ? t('time.beijing', { time: formatDateTime(entry.from, locale) })
                          : entry.to
                            ? t('plan.range', {
                                from: formatDate(entry.from, locale),
                                to: formatDate(entry.to, locale),
                              })
                            : formatDate(entry.from, locale)}
                      </div>
                    </>
                  ),
                }))}
              />
              <span className="text-secondary" style={{ fontSize: 13 }}>
                {t('announcement.scheduleNote')}
              </span>
            </Panel>

            <Panel id="contacts">
              <h2 className="section-title">{t('announcement.contacts')}</h2>
              {contacts.length === 0 ? (
                <span className="text-secondary">{tApp('footer.office')}</span>
              ) : (
                <Row gutter={[16, 16]}>
                  {contacts.map((contact) => (
                    <Col key={`${contact.name}-${contact.phone}`} xs={24} md={12}>
                      <div style={{ fontWeight: 600 }}>{contact.name}</div>
                      <div>
                        <PhoneOutlined aria-hidden /> <a href={`tel:${contact.phone}`}>{contact.phone}</a>
                      </div>
                      {contact.email && (
                        <div>
                          <MailOutlined aria-hidden /> <a href={`mailto:${contact.email}`}>{contact.email}</a>
                        </div>
                      )}
                      {contact.address && local(contact.address) && (
                        <div className="muted">{local(contact.address)}</div>
                      )}
                    </Col>
                  ))}
                </Row>
              )}
              <p className="text-secondary" style={{ margin: '12px 0 0' }}>
                {tApp('footer.office')} · <Link to={scope.to('/rules')}>{t('announcement.rulesLink')}</Link>
              </p>
            </Panel>
          </Flex>
        </Col>
      </Row>
    </div>
  );
}
