import { ArrowRightOutlined } from '@ant-design/icons';
import { Col, Grid, Row, Skeleton, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { PublicDrawSummary } from '../../api/draws.js';
import { useApi } from '../../api/useApi.js';
import { usePaging } from '../../api/usePaging.js';
import { ArticleTag } from '../../components/ArticleTag.js';
import { PlainTable } from '../../components/PlainTable.js';
import { formatDateTime } from '../../i18n/format.js';
import { useLocale } from '../../i18n/useLocale.js';
import { ErrorState } from '../../layout/ErrorState.js';
import { PageHeader } from '../../layout/PageHeader.js';
import { useExpertVocabulary } from '../experts/useExpertVocabulary.js';
import { DrawSteps } from './DrawSteps.js';
import './draws.css';
import { Panel } from '../../components/Panel.js';
import { useProgrammeScope } from '../programmes/programmeScope.js';

/** Public: every frozen pool and draw, newest first, each with its verification page. */
export default function PublicDrawsPage() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { industryNames } = useExpertVocabulary();
  const paging = usePaging('');
  const scope = useProgrammeScope();
  const draws = useApi('/api/public/draws', { query: { ...paging.params, ...scope.query } });
  const wide = Grid.useBreakpoint().md !== false;
  const drawnAt = (d: PublicDrawSummary) =>
    d.drawnAt ? formatDateTime(d.drawnAt, locale) : <Tag color="blue">{t('draws.notDrawn')}</Tag>;

  return (
    <>
      <PageHeader title={t('draws.title')} lead={t('draws.lead')} />
      <Row gutter={[24, 24]}>
        <Col xs={24} lg={16}>
          <Panel>
            {draws.error && <ErrorState error={draws.error} onRetry={draws.reload} />}
            {draws.loading && !draws.data && <Skeleton active />}
            {draws.data && (
              <PlainTable<PublicDrawSummary>
                rowKey={(d) => d.id}
                size="middle"
                rows={draws.data.items}
                emptyText={t('draws.empty')}
                pagination={paging.pagination(draws.data.total)}
                columns={[
                  {
                    key: 'panel',
                    title: t('draws.columns.panel'),
                    render: (d) => (
                      <>
                        <Link to={scope.to(`/draws/${d.id}`)} style={{ fontWeight: 600 }}>
                          {d.panelName}
                        </Link>
                        <div>
                          <span className="text-secondary">
                            {t('conflicts.cycleLabel', { year: d.cycleYear })} · {industryNames(d.industries)}
                          </span>
                        </div>
                        {!wide && (
                          <div style={{ marginTop: 4 }}>
                            {t('draws.sequence', { n: d.sequence })} · {drawnAt(d)}
                          </div>
                        )}
                      </>
                    ),
                  },
                  {
                    key: 'sequence',
                    title: t('draws.columns.sequence'),
                    wideOnly: true,
                    render: (d) => t('draws.sequence', { n: d.sequence }),
                  },
                  {
                    key: 'drawnAt',
                    title: t('draws.columns.drawnAt'),
                    wideOnly: true,
                    render: (d) => drawnAt(d),
                  },
                  {
                    key: 'view',
                    title: '',
                    wideOnly: true,
                    render: (d) => (
                      <Link to={scope.to(`/draws/${d.id}`)}>
                        {t('draws.view')} <ArrowRightOutlined />
                      </Link>
                    ),
                  },
                ]}
              />
            )}
          </Panel>
        </Col>
        <Col xs={24} lg={8}>
          <Panel title={t('draws.howTitle')} extra={<ArticleTag source={{ article: 7 }} />}>
            <DrawSteps />
          </Panel>
        </Col>
      </Row>
    </>
  );
}
