import { Tag } from 'antd';
import { PlainTable } from '../../components/PlainTable.js';
import { useTranslation } from 'react-i18next';
import type { FrameworkVersion, ItemKind } from '../../../../src/scoring/framework.types.js';
import { useLocale } from '../../i18n/useLocale.js';
import { ScoringBands } from './ScoringBands.js';
import { Panel } from '../../components/Panel.js';

interface Row {
  key: string;
  code: string;
  title: string;
  points: number;
  kind?: ItemKind;
  /** A category's own row, above its items. */
  category: boolean;
}

/** The scoring framework (Art. 10): categories and items with their points, and the scoring bands. */
export function FrameworkTable({ framework }: { framework: FrameworkVersion }) {
  const { t } = useTranslation();
  const { local } = useLocale();
  const rows: Row[] = framework.categories.flatMap((category) => [
    {
      key: category.code,
      code: category.code,
      title: local(category.title),
      points: category.points,
      category: true,
    },
    ...category.items.map((item) => ({
      key: item.code,
      code: item.code,
      title: local(item.title),
      points: item.points,
      kind: item.kind,
      category: false,
    })),
  ]);
  const total = framework.categories.reduce((sum, category) => sum + category.points, 0);

  return (
    <Panel id="framework" className="rules-section">
      <h2 className="section-title">{t('rules.frameworkTitle')}</h2>
      <p style={{ color: 'var(--ink-muted)', marginTop: 0 }}>
        {local(framework.title)} ·{' '}
        {t('rules.frameworkLead', {
          standard: framework.standard,
          categories: framework.categories.length,
          total: framework.totalPoints,
        })}
      </p>
      <PlainTable<Row>
        rows={rows}
        rowKey={(row) => row.key}
        rowClassName={(row) => (row.category ? 'framework-category' : undefined)}
        columns={[
          { key: 'code', title: t('rules.code'), width: 120, render: (row) => row.code },
          {
            key: 'title',
            title: `${t('rules.category')} / ${t('rules.item')}`,
            render: (row) => (row.category ? <strong>{row.title}</strong> : row.title),
          },
          {
            key: 'kind',
            title: t('rules.kind'),
            render: (row) =>
              row.kind && (
                <Tag color={row.kind === 'process' ? 'blue' : 'gold'}>{t(`rules.kinds.${row.kind}`)}</Tag>
              ),
          },
          {
            key: 'points',
            title: t('rules.points'),
            align: 'right',
            render: (row) => (row.category ? <strong>{row.points}</strong> : row.points),
          },
        ]}
        summary={[
          { content: <strong>{t('rules.total')}</strong>, colSpan: 3 },
          { content: <strong>{total}</strong>, colSpan: 1, align: 'right' },
        ]}
      />
      {framework.bands.length > 0 && <ScoringBands bands={framework.bands} />}
    </Panel>
  );
}
