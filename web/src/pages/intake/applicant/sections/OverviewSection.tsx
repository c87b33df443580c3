import { Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { countCharacters } from '../../../../../../src/applications/core/application-checklist.js';
import { FieldBlock } from './FieldBlock.js';
import { SectionCard } from './SectionCard.js';
import type { SectionProps } from './types.js';

/** 6. 概述: at most the programme's number of characters, counted as people count them. */
export function OverviewSection({
  view,
  form,
  update,
  fieldErrors,
  maxChars,
}: SectionProps & { maxChars: number }) {
  const { t } = useTranslation('intake');
  const items = view.checklist.filter((i) => i.key === 'overview');
  const count = countCharacters(form.overview);
  const over = count > maxChars;
  return (
    <SectionCard id="section-overview" number={6} title={t('form.sections.overview')} items={items}>
      <FieldBlock
        path="overview"
        label={t('overview.label', { max: maxChars })}
        errors={fieldErrors.overview}
        help={
          <span
            className={over ? 'file-upload__error' : undefined}
            aria-live="polite"
            data-testid="overview-count"
          >
            {t('overview.counter', { count, max: maxChars })}
            {over && ` ${t('overview.over', { over: count - maxChars })}`}
          </span>
        }
      >
        <Input.TextArea
          aria-label={t('form.sections.overview')}
          status={over ? 'error' : undefined}
          autoSize={{ minRows: 8, maxRows: 24 }}
          placeholder={t('overview.placeholder')}
          value={form.overview}
          onChange={(e) => update((f) => ({ ...f, overview: e.target.value }))}
        />
      </FieldBlock>
    </SectionCard>
  );
}
