import { Checkbox, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  PRIORITY_HONOURS,
  type PriorityHonour,
} from '../../../../../../src/applications/core/application-form.js';
import { PriorityTag } from '../../shared/StatusTags.js';
import { FieldBlock } from './FieldBlock.js';
import { SectionCard } from './SectionCard.js';
import type { SectionProps } from './types.js';
import { useProgrammeFacts } from '../../shared/useProgrammeFacts.js';

/** 4. Honours of Art. 8(5): they let the organisation be recommended first; none is required. */
export function HonoursSection({ view, form, update }: SectionProps) {
  const { t } = useTranslation('intake');
  const facts = useProgrammeFacts(view);
  return (
    <SectionCard
      id="honours"
      number={4}
      title={t('form.sections.honours')}
      items={[]}
      extra={view.eligibility.priority.flagged ? <PriorityTag /> : undefined}
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t('honours.lead', { clause: facts.priorityClause })}
      </Typography.Paragraph>
      <FieldBlock path="honours">
        <Checkbox.Group
          aria-label={t('form.sections.honours')}
          className="honours-group"
          style={{ display: 'grid', gap: 8 }}
          value={form.honours}
          options={PRIORITY_HONOURS.map((honour) => ({ value: honour, label: t(`honours.${honour}`) }))}
          onChange={(values) =>
            update((f) => ({
              ...f,
              honours: PRIORITY_HONOURS.filter((h) => (values as PriorityHonour[]).includes(h)),
            }))
          }
        />
      </FieldBlock>
    </SectionCard>
  );
}
