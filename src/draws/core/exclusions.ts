import type { ConflictKind } from '../../experts/core/conflicts.js';
import type { LocalizedText } from '../../platform/i18n/localized.js';
import type { ArticleRef } from '../../programmes/programme.types.js';

// Kept apart from the pool's hashing so the web app can name the reasons without node:crypto.

/** Why an expert is out, in the order reasons are listed. */
export const EXCLUSION_CODES = [
  'disqualified',
  'status-suspended',
  'unavailable',
  'industry-mismatch',
  'no-valid-qualification',
  'conflict',
] as const;
export type ExclusionCode = (typeof EXCLUSION_CODES)[number];

export type ExclusionReason =
  | { code: Exclude<ExclusionCode, 'conflict'> }
  | { code: 'conflict'; organisationId: string; kind: ConflictKind };

export const EXCLUSION_NAMES: Readonly<Record<ExclusionCode, { name: LocalizedText; source?: ArticleRef }>> =
  {
    disqualified: { name: { zh: '已取消评审资格', en: 'Disqualified' }, source: { article: 26 } },
    'status-suspended': { name: { zh: '已暂停', en: 'Suspended' } },
    unavailable: { name: { zh: '本年度不能参加评审', en: 'Unavailable this cycle' } },
    'industry-mismatch': {
      name: { zh: '行业不符', en: 'Outside the industry group' },
      source: { article: 7 },
    },
    'no-valid-qualification': { name: { zh: '资格证书均已过期', en: 'All qualifications expired' } },
    conflict: { name: { zh: '回避', en: 'Conflict of interest' }, source: { article: 25 } },
  };
