import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Grid, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { usePanels, type Panel } from '../../api/draws.js';
import { usePaging } from '../../api/usePaging.js';
import { formatDateTime } from '../../i18n/format.js';
import { useLocale } from '../../i18n/useLocale.js';
import { ErrorState } from '../../layout/ErrorState.js';
import { PageHeader } from '../../layout/PageHeader.js';
import { IndustryTags } from '../experts/IndustryTags.js';
import { CycleSelect } from './CycleSelect.js';
import { PanelStateTag } from './PanelStateTag.js';
import { PlanPanelModal } from './PlanPanelModal.js';
import { useCycleChoice } from './useCycleChoice.js';
import { usePanelBounds } from './usePanelBounds.js';
import './draws.css';

/** The Office: a cycle's panels, their state, and planning a new one. */
export default function PanelsPage() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const { cycles, items: cycleItems, cycle, choose } = useCycleChoice();
  const bounds = usePanelBounds(cycle?.rulesVersionId);
  const [planning, setPlanning] = useState(false);
  const wide = Grid.useBreakpoint().md !== false;
  const paging = usePaging(cycle?.id ?? '');
  const panels = usePanels(cycle ? { path: { cycleId: cycle.id }, query: paging.params } : null);

  return (
    <>
      <PageHeader
        title={t('panels.title')}
        lead={t('panels.lead', { min: bounds?.min ?? 5, max: bounds?.max ?? 7 })}
        extra={
          <Button type="primary" icon={<PlusOutlined />} disabled={!cycle} onClick={() => setPlanning(true)}>
            {t('panels.plan')}
          </Button>
        }
      />
      <Card>
        {cycles.error && <ErrorState error={cycles.error} onRetry={cycles.reload} />}
        {cycles.data && cycleItems.length === 0 && <Alert type="info" showIcon title={t('panels.noCycle')} />}
        {cycleItems.length > 0 && (
          <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }}>
            <Typography.Text>{t('panels.cycle')}</Typography.Text>
            <CycleSelect items={cycleItems} value={cycle?.id} onChange={choose} loading={cycles.loading} />
          </Flex>
        )}
        {panels.error && <ErrorState error={panels.error} onRetry={panels.reload} />}
        {cycle && (
          <Table<Panel>
            rowKey="id"
            size="middle"
            loading={panels.loading}
            dataSource={panels.data?.items ?? []}
            scroll={wide ? { x: 'max-content' } : undefined}
            locale={{ emptyText: t('panels.empty') }}
            pagination={paging.pagination(panels.data?.total)}
            onRow={(panel) => ({ onDoubleClick: () => navigate(`/app/panels/${panel.id}`) })}
            columns={[
              {
                key: 'name',
                title: t('panels.columns.name'),
                render: (_, panel) => (
                  <>
                    <Link to={`/app/panels/${panel.id}`} style={{ fontWeight: 600 }}>
                      {panel.name}
                    </Link>
                    {!wide && (
                      <div style={{ marginTop: 4 }}>
                        <PanelStateTag state={panel.state} />
                      </div>
                    )}
                  </>
                ),
              },
              {
                key: 'industries',
                title: t('panels.columns.industries'),
                render: (_, panel) => <IndustryTags sections={panel.industries} />,
              },
              {
                key: 'applications',
                responsive: ['md'],
                title: t('panels.columns.applications'),
                align: 'right',
                render: (_, panel) => panel.applicationIds.length,
              },
              {
                key: 'size',
                responsive: ['md'],
                title: t('panels.columns.size'),
                render: (_, panel) => t('panels.sizeValue', { size: panel.size, reserves: panel.reserves }),
              },
              {
                key: 'state',
                responsive: ['md'],
                title: t('panels.columns.state'),
                render: (_, panel) => <PanelStateTag state={panel.state} />,
              },
              {
                key: 'created',
                responsive: ['md'],
                title: t('panels.columns.createdAt'),
                render: (_, panel) => formatDateTime(panel.createdAt, locale),
              },
              {
                key: 'open',
                title: t('common.actions'),
                fixed: 'right',
                render: (_, panel) => (
                  <Button size="small" onClick={() => navigate(`/app/panels/${panel.id}`)}>
                    {t('panels.open')}
                  </Button>
                ),
              },
            ]}
          />
        )}
      </Card>
      {cycle && (
        <PlanPanelModal
          open={planning}
          cycleId={cycle.id}
          bounds={bounds}
          onClose={() => setPlanning(false)}
          onPlanned={(panel) => {
            setPlanning(false);
            navigate(`/app/panels/${panel.id}`);
          }}
        />
      )}
    </>
  );
}
