import { Anchor, Col, Descriptions, Flex, Grid, Row, Skeleton } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { useAwardProgramme, useProgrammeScope } from '../programmes/programmeScope.js';
import { useApi } from '../../api/useApi.js';
import { chapterLabel } from '../../i18n/articleLabel.js';
import { formatDate } from '../../i18n/format.js';
import { useLocale } from '../../i18n/useLocale.js';
import { ErrorState } from '../../layout/ErrorState.js';
import { PageHeader } from '../../layout/PageHeader.js';
import { FrameworkTable } from './FrameworkTable.js';
import { ParametersTable } from './ParametersTable.js';
import { ProgrammeArticles } from './ProgrammeArticles.js';
import type { PublicPage } from './publicPages.js';
import './public.css';
import { Panel } from '../../components/Panel.js';

/** The public pages that exist now: the newest published announcement (if any) and the draws. */
function publicPaths(
  cycleId: string | undefined,
  to: (path: string) => string,
): Partial<Record<PublicPage, string>> {
  return { draws: to('/draws'), ...(cycleId ? { announcement: to(`/cycles/${cycleId}`) } : {}) };
}

/** The programme in full: articles, parameters and the scoring framework, with a table of contents. */
export default function RulesPage() {
  const { t } = useTranslation();
  const { locale, local } = useLocale();
  const { hash } = useLocation();
  const screens = Grid.useBreakpoint();
  const scope = useProgrammeScope();
  const rulesId = useAwardProgramme().programme?.rulesVersionId;
  const programme = useApi('/api/programmes/{id}', rulesId ? { path: { id: rulesId } } : null);
  const frameworkId = programme.data?.defaultFrameworkId;
  const framework = useApi('/api/frameworks/{id}', frameworkId ? { path: { id: frameworkId } } : null);
  const cycles = useApi('/api/public/cycles', { query: scope.query });
  const loaded = Boolean(programme.data);

  useEffect(() => {
    if (loaded && hash) document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
  }, [loaded, hash]);

  if (programme.error) return <ErrorState error={programme.error} onRetry={programme.reload} />;
  if (!programme.data) return <Skeleton active paragraph={{ rows: 12 }} />;
  const data = programme.data;

  const contents = [
    ...data.chapters.map((chapter) => ({
      key: `chapter-${chapter.number}`,
      href: `#chapter-${chapter.number}`,
      title: `${local(chapterLabel(chapter.number))} ${local(chapter.title)}`,
    })),
    { key: 'parameters', href: '#parameters', title: t('rules.parametersTitle') },
    { key: 'framework', href: '#framework', title: t('rules.frameworkTitle') },
  ];

  return (
    <>
      <PageHeader title={local(data.title)} lead={t('rules.lead')} />
      <Row gutter={24}>
        <Col xs={24} lg={18}>
          <Flex vertical gap={20}>
            <Panel size="small">
              <Descriptions
                size="small"
                column={{ xs: 1, sm: 1, md: 3 }}
                items={[
                  { key: 'doc', label: t('rules.documentNumber'), children: data.documentNumber },
                  { key: 'issuer', label: t('rules.issuer'), children: local(data.issuer) },
                  {
                    key: 'date',
                    label: t('rules.effectiveDate'),
                    children: formatDate(data.effectiveDate, locale),
                  },
                ]}
              />
            </Panel>
            <ProgrammeArticles programme={data} paths={publicPaths(cycles.data?.items[0]?.id, scope.to)} />
            <ParametersTable programme={data} />
            {framework.error && <ErrorState error={framework.error} onRetry={framework.reload} />}
            {framework.data ? (
              <FrameworkTable framework={framework.data} />
            ) : (
              !framework.error && <Skeleton active />
            )}
          </Flex>
        </Col>
        {screens.lg && (
          <Col lg={6}>
            <Panel size="small" title={t('rules.contents')} style={{ position: 'sticky', top: 16 }}>
              <Anchor affix={false} offsetTop={16} items={contents} replace />
            </Panel>
          </Col>
        )}
      </Row>
    </>
  );
}
