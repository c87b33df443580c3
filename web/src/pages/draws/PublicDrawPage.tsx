import { ArrowLeftOutlined, DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Flex, Row, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { publicDrawUrl, usePublicDraw } from '../../api/draws.js';
import { poolView } from './poolView.js';
import { formatDateTime } from '../../i18n/format.js';
import { useLocale } from '../../i18n/useLocale.js';
import { ErrorState } from '../../layout/ErrorState.js';
import { PageHeader } from '../../layout/PageHeader.js';
import { useExpertVocabulary } from '../experts/useExpertVocabulary.js';
import { CopyableCode } from './CopyableCode.js';
import { DrawFacts } from './DrawFacts.js';
import { DrawOutcomeView } from './DrawOutcomeView.js';
import { DrawSteps } from './DrawSteps.js';
import { PoolLists } from './PoolLists.js';
import { SeatEventList } from './SeatEventList.js';
import { VerifyDraw } from './VerifyDraw.js';
import './draws.css';
import { Panel } from '../../components/Panel.js';
import { useProgrammeScope } from '../programmes/programmeScope.js';

/**
 * Public: one draw — the four steps in plain words, what was published before the draw, the
 * outcome by expert code, a verify button, and the data to have it checked independently.
 */
export default function PublicDrawPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const scope = useProgrammeScope();
  const { locale } = useLocale();
  const { industryNames } = useExpertVocabulary();
  const draw = usePublicDraw(id);

  if (draw.error) return <ErrorState error={draw.error} onRetry={draw.reload} />;
  if (!draw.data) return <Skeleton active paragraph={{ rows: 12 }} />;
  const d = draw.data;
  const file = `draw-${d.id}.json`;
  const url = `${window.location.origin}${publicDrawUrl(d.id)}`;
  const pool = poolView(d.poolDocument);

  return (
    <>
      <PageHeader
        title={t('draws.pageTitle', { panel: d.panel.name })}
        lead={t('draws.pageLead', {
          year: d.panel.cycleYear,
          industries: industryNames(d.panel.industries),
          n: d.sequence,
        })}
        extra={
          <Link to={scope.to('/draws')}>
            <ArrowLeftOutlined /> {t('draws.backToList')}
          </Link>
        }
      />
      {d.reason && (
        <Alert
          type="info"
          showIcon
          title={t('draws.redrawReason', { reason: d.reason })}
          style={{ marginBottom: 16 }}
        />
      )}
      <Row gutter={[24, 24]}>
        <Col xs={{ span: 24, order: 1 }} lg={{ span: 9, order: 2 }}>
          <Flex vertical gap={24}>
            <Panel title={t('draws.verifyTitle')}>
              <p style={{ marginTop: 0, color: 'var(--ink-muted)' }}>{t('draws.verifyLead')}</p>
              <VerifyDraw drawId={d.id} drawn={Boolean(d.drawn)} />
            </Panel>
            <Panel title={t('draws.selfTitle')}>
              <p style={{ marginTop: 0, color: 'var(--ink-muted)' }}>{t('draws.selfLead')}</p>
              <Button
                icon={<DownloadOutlined />}
                href={publicDrawUrl(d.id)}
                download={file}
                disabled={!d.drawn}
              >
                {t('draws.download')}
              </Button>
              <p className="self-verify__label">{t('draws.dataAddress')}</p>
              <CopyableCode block value={url} />
              <p className="text-secondary" style={{ margin: '12px 0 0', fontSize: 13 }}>
                {t('draws.askOffice')}
              </p>
            </Panel>
            <Panel title={t('draws.howTitle')}>
              <DrawSteps reached={d.drawn ? 4 : 2} />
            </Panel>
          </Flex>
        </Col>
        <Col xs={{ span: 24, order: 2 }} lg={{ span: 15, order: 1 }}>
          <Flex vertical gap={24}>
            <Panel title={t('draws.resultTitle')}>
              {d.drawn ? (
                <Flex vertical gap={16}>
                  <DrawFacts
                    items={[
                      { key: 'value', label: t('draws.publicValue'), children: d.drawn.publicValue },
                      { key: 'supervisor', label: t('draws.supervisor'), children: d.drawn.supervisorName },
                      {
                        key: 'at',
                        label: t('draws.drawnAt'),
                        children: formatDateTime(d.drawn.drawnAt, locale),
                      },
                      {
                        key: 'secret',
                        label: t('draws.secret'),
                        children: <CopyableCode value={d.drawn.secret} />,
                      },
                      {
                        key: 'seed',
                        label: t('draws.seed'),
                        children: <CopyableCode value={d.drawn.seed} />,
                      },
                    ]}
                  />
                  <DrawOutcomeView outcome={d.drawn.outcome} />
                  {d.drawn.events.length > 0 && (
                    <div>
                      <div className="draw-subtitle">{t('draws.seatChanges')}</div>
                      <SeatEventList events={d.drawn.events} />
                    </div>
                  )}
                </Flex>
              ) : (
                <Alert type="info" showIcon title={t('draws.notDrawnYet')} />
              )}
            </Panel>
            <Panel title={t('draws.inputsTitle')}>
              <DrawFacts
                style={{ marginBottom: 16 }}
                items={[
                  { key: 'frozen', label: t('draws.frozenAt'), children: formatDateTime(d.frozenAt, locale) },
                  { key: 'asOf', label: t('draws.asOf'), children: d.poolDocument.asOf },
                  {
                    key: 'plan',
                    label: t('draws.plan'),
                    children: t('draws.planValue', { size: d.size, reserves: d.reserves }),
                  },
                  {
                    key: 'pool',
                    label: t('draws.pool'),
                    children: t('draws.poolValue', {
                      eligible: pool.eligible.length,
                      excluded: pool.excludedCount,
                    }),
                  },
                  { key: 'hash', label: t('draws.poolHash'), children: <CopyableCode value={d.poolHash} /> },
                  {
                    key: 'commitment',
                    label: t('draws.commitment'),
                    children: <CopyableCode value={d.commitment} />,
                  },
                ]}
              />
              <PoolLists pool={pool} />
              <p className="text-secondary" style={{ margin: '10px 0 0', fontSize: 13 }}>
                {t('draws.codesNote')}
              </p>
            </Panel>
          </Flex>
        </Col>
      </Row>
    </>
  );
}
