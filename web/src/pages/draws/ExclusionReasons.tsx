import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { EXCLUSION_NAMES, type ExclusionReason } from '../../../../src/draws/core/exclusions.js';
import { articleLabel } from '../../i18n/articleLabel.js';
import { useLocale } from '../../i18n/useLocale.js';
import { useExpertVocabulary } from '../experts/useExpertVocabulary.js';

const COLORS: Record<ExclusionReason['code'], string> = {
  disqualified: 'red',
  'status-suspended': 'orange',
  unavailable: 'default',
  'industry-mismatch': 'default',
  'no-valid-qualification': 'gold',
  conflict: 'volcano',
};

/**
 * Why an expert is out of a frozen pool: every reason, named from the server's catalogue with
 * its article. A conflict names the applicant when the caller knows it (the Office), else its id.
 */
export function ExclusionReasons({
  reasons,
  organisationName,
}: {
  reasons: readonly ExclusionReason[];
  organisationName?: (id: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const { local } = useLocale();
  const { conflictKindName } = useExpertVocabulary();
  return (
    <span style={{ display: 'inline-flex', flexWrap: 'wrap', gap: 4 }}>
      {reasons.map((reason, index) => {
        const entry = EXCLUSION_NAMES[reason.code];
        const article = entry.source ? `（${local(articleLabel(entry.source))}）` : '';
        const text =
          reason.code === 'conflict'
            ? `${t('exclusion.conflictWith', { kind: conflictKindName(reason.kind) })} · ${
                organisationName?.(reason.organisationId) ?? reason.organisationId.slice(0, 8)
              }`
            : local(entry.name);
        return (
          <Tag key={index} color={COLORS[reason.code]} style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}>
            {text}
            {article}
          </Tag>
        );
      })}
    </span>
  );
}
