import { Card, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FrameworkVersion, ItemKind } from '../../../../src/scoring/framework.types.js';
import { useLocale } from '../../i18n/useLocale.js';
import { ScoringBands } from './ScoringBands.js';

interface Row {
  key: string;
  code: string;
  title: string;
  points: number;
  kind?: ItemKind;
  children?: Row[];
}

/** The scoring framework (Art. 10): categories and items with their points, and the scoring bands. */
export function FrameworkTable({ framework }: { framework: FrameworkVersion }) {
  const { t } = useTranslation();
  const { local } = useLocale();
  const rows: Row[] = framework.categories.map((category) => ({
    key: category.code,
    code: category.code,
    title: local(category.title),
    points: category.points,
    children: category.items.map((item) => ({
      key: item.code,
      code: item.code,
      title: local(item.title),
      points: item.points,
      kind: item.kind,
    })),
  }));
  const total = framework.categories.reduce((sum, category) => sum + category.points, 0);

  return (
    <Card id="framework" className="rules-section">
      <h2 className="section-title">{t('rules.frameworkTitle')}</h2>
      <p style={{ color: 'var(--ink-muted)', marginTop: 0 }}>
        {local(framework.title)} ·{' '}
        {t('rules.frameworkLead', {
          standard: framework.standard,
          categories: framework.categories.length,
          total: framework.totalPoints,
        })}
      </p>
      <Table<Row>
        size="small"
        pagination={false}
        dataSource={rows}
        scroll={{ x: 'max-content' }}
        expandable={{ defaultExpandAllRows: true }}
        rowClassName={(row) => (row.children ? 'framework-category' : '')}
        columns={[
          { key: 'code', title: t('rules.code'), dataIndex: 'code', width: 120 },
          {
            key: 'title',
            title: `${t('rules.category')} / ${t('rules.item')}`,
            render: (_, row) => (row.children ? <strong>{row.title}</strong> : row.title),
          },
          {
            key: 'kind',
            title: t('rules.kind'),
            render: (_, row) =>
              row.kind && (
                <Tag color={row.kind === 'process' ? 'blue' : 'gold'}>{t(`rules.kinds.${row.kind}`)}</Tag>
              ),
          },
          {
            key: 'points',
            title: t('rules.points'),
            dataIndex: 'points',
            align: 'right',
            render: (points: number, row) => (row.children ? <strong>{points}</strong> : points),
          },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={3}>
              <strong>{t('rules.total')}</strong>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              <strong>{total}</strong>
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )}
      />
      {framework.bands.length > 0 && <ScoringBands bands={framework.bands} />}
    </Card>
  );
}
