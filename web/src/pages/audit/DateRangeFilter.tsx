import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

/** Whole Beijing days, both included, as the logs' `from` / `to` query (YYYY-MM-DD); either may be open. */
export interface DateRange {
  from?: string;
  to?: string;
}

const DAY = 'YYYY-MM-DD';

/** The day range of a log's filter; the server reads the days as Beijing dates. */
export function DateRangeFilter({
  value,
  onChange,
}: {
  value: DateRange;
  onChange: (next: DateRange) => void;
}) {
  const { t } = useTranslation();
  return (
    <DatePicker.RangePicker
      allowEmpty={[true, true]}
      format={DAY}
      aria-label={t('audit.dates')}
      placeholder={[t('audit.dateFrom'), t('audit.dateTo')]}
      value={[value.from ? dayjs(value.from, DAY) : null, value.to ? dayjs(value.to, DAY) : null]}
      onChange={(days) =>
        onChange({ from: days?.[0]?.format(DAY) ?? undefined, to: days?.[1]?.format(DAY) ?? undefined })
      }
      style={{ width: 280, maxWidth: '100%' }}
    />
  );
}
