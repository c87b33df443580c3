import { Grid, InputNumber, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type {
  ApplicationForm,
  FinancialYear,
} from '../../../../../../src/applications/core/application-form.js';
import { FINANCIAL_FIELDS, type FinancialField } from '../../shared/formText.js';
import { fieldId } from './fieldId.js';
import { FieldBlock } from './FieldBlock.js';
import { SectionCard } from './SectionCard.js';
import type { SectionProps } from './types.js';
import { useProgrammeFacts } from '../../shared/useProgrammeFacts.js';

const YEARS = 3;

/** The three years shown: the most recent entered (or the cycle's previous year) and the two before. */
function shownYears(form: ApplicationForm, cycleYear: number): number[] {
  const latest = form.financials.reduce((max, f) => Math.max(max, f.year), 0) || cycleYear - 1;
  return Array.from({ length: YEARS }, (_, i) => latest - i);
}

function withYears(form: ApplicationForm, years: number[]): FinancialYear[] {
  return years.map(
    (year) =>
      form.financials.find((f) => f.year === year) ?? {
        year,
        revenue: null,
        profitAndTax: null,
        totalAssets: null,
        netProfit: null,
      },
  );
}

/** 2. Revenue, profit and tax, total assets and net profit of the last three years (Art. 8(4)). */
export function FinancialsSection({ view, form, update }: SectionProps) {
  const { t } = useTranslation('intake');
  const facts = useProgrammeFacts(view);
  const wide = Grid.useBreakpoint().md ?? true;
  const years = shownYears(form, view.cycle.year);
  const rows = withYears(form, years);
  const items = view.checklist.filter((i) => i.key === 'financials');

  const setValue = (year: number, field: FinancialField, value: number | null) =>
    update((f) => ({
      ...f,
      financials: withYears(f, shownYears(f, view.cycle.year)).map((row) =>
        row.year === year ? { ...row, [field]: value } : row,
      ),
    }));

  const setLatest = (latest: number) =>
    update((f) => ({
      ...f,
      financials: withYears(
        f,
        Array.from({ length: YEARS }, (_, i) => latest - i),
      ),
    }));

  const input = (row: FinancialYear, index: number, field: FinancialField) => (
    <div id={fieldId(`financials.${index}.${field}`)} className="field-target">
      <InputNumber
        aria-label={t('financials.cell', { year: row.year, field: t(`financials.${field}`) })}
        value={row[field]}
        min={field === 'netProfit' ? -1e12 : 0}
        max={1e12}
        style={{ width: '100%' }}
        onChange={(value) => setValue(row.year, field, value ?? null)}
      />
    </div>
  );

  return (
    <SectionCard id="financials" number={2} title={t('form.sections.financials')} items={items}>
      <FieldBlock path="financials.latest" label={t('financials.latest')} help={t('financials.latestHelp')}>
        <Select
          aria-label={t('financials.latest')}
          style={{ width: 160 }}
          value={years[0]}
          onChange={setLatest}
          options={[view.cycle.year - 1, view.cycle.year - 2].map((year) => ({ value: year, label: year }))}
        />
      </FieldBlock>
      {wide ? (
        <table className="financials-grid">
          <thead>
            <tr>
              <th scope="col">{t('financials.year')}</th>
              {FINANCIAL_FIELDS.map((field) => (
                <th key={field} scope="col">
                  {t(`financials.${field}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={row.year}>
                <th scope="row">{row.year}</th>
                {FINANCIAL_FIELDS.map((field) => (
                  <td key={field}>{input(row, index, field)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        rows.map((row, index) => (
          <div key={row.year} className="financials-year">
            <div style={{ fontWeight: 600, marginBottom: 6 }}>
              {t('financials.yearValue', { year: row.year })}
            </div>
            {FINANCIAL_FIELDS.map((field) => (
              <div key={field}>
                <div className="muted" style={{ fontSize: 13 }}>
                  {t(`financials.${field}`)}
                </div>
                {input(row, index, field)}
              </div>
            ))}
          </div>
        ))
      )}
      <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block', marginTop: 8 }}>
        {t('financials.unit')}{' '}
        {t('financials.lossHint', {
          clause: facts.clause('no-loss'),
          years: facts.parameters?.lossFreeYears.value ?? '…',
        })}
      </Typography.Text>
    </SectionCard>
  );
}
