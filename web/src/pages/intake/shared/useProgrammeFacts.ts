import type { RuleKind } from '../../../../../src/programmes/core/rule-kinds.js';
import type { SectionProps } from '../applicant/sections/types.js';
import { useLocale } from '../../../i18n/useLocale.js';
import { useProgramme } from './useCatalogue.js';

/**
 * What the form's help texts cite, from the cycle's rules version: the article of each rule kind
 * as the server's eligibility report labels it, and the programme's numbers. Jinshui 2011 says
 * 第八条(二) and 3 years; another programme says its own article and number.
 */
export function useProgrammeFacts(view: SectionProps['view']) {
  const { local } = useLocale();
  const programme = useProgramme(view.cycle.rulesVersionId).data;
  const clause = (kind: RuleKind) => {
    const result = view.eligibility.results.find((r) => r.key === kind);
    return result ? local(result.label) : '';
  };
  return {
    clause,
    priorityClause: clause('standards-and-reputation'),
    parameters: programme?.parameters,
  };
}
