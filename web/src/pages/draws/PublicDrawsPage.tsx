import { ArrowRightOutlined } from '@ant-design/icons';
import { Card, Col, Grid, Row, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { PublicDrawSummary } from '../../api/draws.js';
import { query } from '../../api/client.js';
import { useApiData } from '../../api/useApiData.js';
import { type Page, usePaging } from '../../api/usePaging.js';
import { ArticleTag } from '../../components/ArticleTag.js';
import { formatDateTime } from '../../i18n/format.js';
import { useLocale } from '../../i18n/useLocale.js';
import { ErrorState } from '../../layout/ErrorState.js';
import { PageHeader } from '../../layout/PageHeader.js';
import { useExpertVocabulary } from '../experts/useExpertVocabulary.js';
import { DrawSteps } from './DrawSteps.js';
import './draws.css';

/** Public: every frozen pool and draw, newest first, each with its verification page. */
export default function PublicDrawsPage() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { industryNames } = useExpertVocabulary();
  const paging = usePaging('');
  const draws = useApiData<Page<PublicDrawSummary>>(`/public/draws${query(paging.params)}`);
  const wide = Grid.useBreakpoint().md !== false;
  const drawnAt = (d: PublicDrawSummary) =>
    d.drawnAt ? formatDateTime(d.drawnAt, locale) : <Tag color="blue">{t('draws.notDrawn')}</Tag>;

  return (
    <>
      <PageHeader title={t('draws.title')} lead={t('draws.lead')} />
      <Row gutter={[24, 24]}>
        <Col xs={24} lg={16}>
          <Card>
            {draws.error && <ErrorState error={draws.error} onRetry={draws.reload} />}
            <Table<PublicDrawSummary>
              rowKey="id"
              size="middle"
              loading={draws.loading}
              dataSource={draws.data?.items ?? []}
              scroll={wide ? { x: 'max-content' } : undefined}
              locale={{ emptyText: t('draws.empty') }}
              pagination={paging.pagination(draws.data?.total)}
              columns={[
                {
                  key: 'panel',
                  title: t('draws.columns.panel'),
                  render: (_, d) => (
                    <>
                      <Link to={`/draws/${d.id}`} style={{ fontWeight: 600 }}>
                        {d.panelName}
                      </Link>
                      <div>
                        <Typography.Text type="secondary">
                          {t('conflicts.cycleLabel', { year: d.cycleYear })} · {industryNames(d.industries)}
                        </Typography.Text>
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
                  responsive: ['md'],
                  render: (_, d) => t('draws.sequence', { n: d.sequence }),
                },
                {
                  key: 'drawnAt',
                  title: t('draws.columns.drawnAt'),
                  responsive: ['md'],
                  render: (_, d) => drawnAt(d),
                },
                {
                  key: 'view',
                  title: '',
                  responsive: ['md'],
                  render: (_, d) => (
                    <Link to={`/draws/${d.id}`}>
                      {t('draws.view')} <ArrowRightOutlined />
                    </Link>
                  ),
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card title={t('draws.howTitle')} extra={<ArticleTag source={{ article: 7 }} />}>
            <DrawSteps />
          </Card>
        </Col>
      </Row>
    </>
  );
}
