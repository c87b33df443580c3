import { useTranslation } from 'react-i18next';
import { CONFLICT_KIND_NAMES, type ConflictKind } from '../../../../src/experts/core/conflicts.js';
import { INDUSTRY_NAMES } from '../../../../src/organisations/core/industries.js';
import { INDUSTRY_SECTIONS, type IndustrySection } from '../../../../src/organisations/core/organisation.js';
import { useLocale } from '../../i18n/useLocale.js';

/** Conflicts the Office records itself; the two "declared by" kinds come from the parties. */
export const OFFICE_CONFLICT_KINDS: readonly ConflictKind[] = [
  'current_employer',
  'former_employer',
  'consulting',
  'shareholding',
  'close_relative',
  'same_group',
];

function isSection(value: string): value is IndustrySection {
  return (INDUSTRY_SECTIONS as readonly string[]).includes(value);
}

/** Names from the server's catalogues (industries, conflict kinds) in the current language. */
export function useExpertVocabulary() {
  const { t } = useTranslation();
  const { local } = useLocale();
  const industryName = (section: string) => (isSection(section) ? local(INDUSTRY_NAMES[section]) : section);
  const industryLabel = (section: string) =>
    t('industry.label', { code: section, name: industryName(section) });
  return {
    industryName,
    industryLabel,
    /** 制造业、建筑业 */
    industryNames: (sections: readonly string[]) =>
      sections.map(industryName).join(t('common.listSeparator')),
    industryOptions: INDUSTRY_SECTIONS.map((section) => ({ value: section, label: industryLabel(section) })),
    conflictKindName: (kind: string) =>
      kind in CONFLICT_KIND_NAMES ? local(CONFLICT_KIND_NAMES[kind as ConflictKind]) : kind,
  };
}
