import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CycleSummary } from '../../api/experts.js';

/** Picks the award cycle (year) a page works on. */
export function CycleSelect({
  items,
  value,
  onChange,
  loading,
}: {
  items: CycleSummary[];
  value: string | undefined;
  onChange: (id: string) => void;
  loading?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Select<string>
      aria-label={t('panels.cycle')}
      placeholder={t('conflicts.chooseCycle')}
      loading={loading}
      value={value}
      onChange={onChange}
      options={items.map((cycle) => ({
        value: cycle.id,
        label: t('conflicts.cycleLabel', { year: cycle.year }),
      }))}
      style={{ minWidth: 150 }}
    />
  );
}
