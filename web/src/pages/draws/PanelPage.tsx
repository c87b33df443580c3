import { ArrowLeftOutlined, LinkOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Flex, Row, Skeleton, Steps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { usePanel } from '../../api/draws.js';
import { useApi } from '../../api/useApi.js';
import { ErrorState } from '../../layout/ErrorState.js';
import { PageHeader } from '../../layout/PageHeader.js';
import { useExpertVocabulary } from '../experts/useExpertVocabulary.js';
import { DrawResultCard } from './DrawResultCard.js';
import { DrawStepCard } from './DrawStepCard.js';
import { FreezeStepCard } from './FreezeStepCard.js';
import { PanelStateTag } from './PanelStateTag.js';
import { usePanelNames } from './usePanelNames.js';
import './draws.css';

const CURRENT_STEP = { planned: 0, frozen: 1, drawn: 3 } as const;

/** The Office: one panel — its plan, the two steps of the draw, the outcome, seats and reserves. */
export default function PanelPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { industryNames, industryLabel } = useExpertVocabulary();
  const panel = usePanel(id);
  const data = panel.data?.id === id ? panel.data : undefined;
  const names = usePanelNames(data);
  const cycle = useApi('/api/cycles/{id}', data ? { path: { id: data.cycleId } } : null);

  if (panel.error) return <ErrorState error={panel.error} onRetry={panel.reload} />;
  if (!data) return <Skeleton active paragraph={{ rows: 14 }} />;
  const latest = data.draws.at(-1);
  const earlier = data.draws.slice(0, -1);
  const year = latest?.panel.cycleYear ?? cycle.data?.year;
  const reviewed = data.applications.map((a) => a.organisationName ?? a.id);

  return (
    <>
      <PageHeader
        title={data.name}
        lead={t('panel.lead', { year: year ?? '', industries: industryNames(data.industries) })}
        extra={
          <Flex wrap gap={8} align="center">
            <Link to={`/app/panels?cycle=${data.cycleId}`}>
              <ArrowLeftOutlined /> {t('panel.back')}
            </Link>
            <Button icon={<ReloadOutlined />} onClick={panel.reload}>
              {t('common.refresh')}
            </Button>
            {latest && (
              <Button icon={<LinkOutlined />} href={`/draws/${latest.id}`} target="_blank">
                {t('panel.publicPage')}
              </Button>
            )}
          </Flex>
        }
      />
      <Card style={{ marginBottom: 20 }}>
        <Steps
          size="small"
          responsive
          current={CURRENT_STEP[data.state]}
          status={data.state === 'drawn' ? 'finish' : 'process'}
          items={(['freeze', 'value', 'draw', 'verify'] as const).map((step) => ({
            key: step,
            title: t(`panel.steps.${step}`),
          }))}
        />
      </Card>
      <Row gutter={[20, 20]}>
        <Col xs={{ span: 24, order: 1 }} xl={{ span: 8, order: 2 }}>
          <Flex vertical gap={20}>
            <Card title={t('panel.planTitle')} extra={<PanelStateTag state={data.state} />}>
              <Descriptions
                size="small"
                column={1}
                items={[
                  { key: 'year', label: t('panel.year'), children: year ?? t('common.empty') },
                  {
                    key: 'industries',
                    label: t('panel.industries'),
                    children: data.industries.map(industryLabel).join(t('common.listSeparator')),
                  },
                  {
                    key: 'size',
                    label: t('panel.size'),
                    children: t('panel.sizeValue', { size: data.size }),
                  },
                  {
                    key: 'reserves',
                    label: t('panel.reserves'),
                    children: t('panel.reservesValue', { count: data.reserves }),
                  },
                  {
                    key: 'applications',
                    label: t('panel.applications'),
                    children: (
                      <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                        {reviewed.map((name, index) => (
                          <li key={data.applicationIds[index]}>{name}</li>
                        ))}
                      </ul>
                    ),
                  },
                ]}
              />
            </Card>
            {earlier.length > 0 && (
              <Card title={t('panel.earlier')} size="small">
                <ul style={{ margin: 0, paddingInlineStart: 18, lineHeight: 1.9 }}>
                  {earlier.map((draw) => (
                    <li key={draw.id}>
                      <Link to={`/draws/${draw.id}`}>{t('panel.earlierItem', { n: draw.sequence })}</Link>
                      {draw.reason && <Typography.Text type="secondary"> · {draw.reason}</Typography.Text>}
                    </li>
                  ))}
                </ul>
              </Card>
            )}
          </Flex>
        </Col>
        <Col xs={{ span: 24, order: 2 }} xl={{ span: 16, order: 1 }}>
          <Flex vertical gap={20}>
            <FreezeStepCard panel={data} draw={latest} names={names} onChanged={panel.reload} />
            <DrawStepCard panel={data} draw={latest} onChanged={panel.reload} />
            <DrawResultCard panel={data} draw={latest} names={names} onChanged={panel.reload} />
          </Flex>
        </Col>
      </Row>
    </>
  );
}
