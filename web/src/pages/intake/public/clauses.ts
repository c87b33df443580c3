import type { LocalizedText } from '../../../../../src/platform/i18n/localized.js';
import { chineseNumeral } from '../../../../../src/programmes/catalogue.js';
import type { ProgrammeVersion } from '../../../../../src/programmes/programme.types.js';

/**
 * The numbered clauses of an article, from the programme's own text: its first line introduces
 * them, each later line is one clause ("（一）…" / "(1) …"), returned without its number.
 */
export function articleClauses(
  programme: ProgrammeVersion,
  number: number,
): { lead: LocalizedText; clauses: LocalizedText[] } {
  const article = programme.articles.find((a) => a.number === number);
  if (!article) return { lead: { zh: '', en: '' }, clauses: [] };
  const zh = article.text.zh.split('\n');
  const en = article.text.en.split('\n');
  const strip = (line: string) => line.replace(/^\s*(（[一二三四五六七八九十]+）|\(\d+\))\s*/, '');
  return {
    lead: { zh: zh[0] ?? '', en: en[0] ?? '' },
    clauses: zh.slice(1).map((line, i) => ({ zh: strip(line), en: strip(en[i + 1] ?? '') })),
  };
}

/** A clause's number as the document writes it: （五） / (5). */
export function clauseNumbering(n: number): LocalizedText {
  return { zh: `（${chineseNumeral(n)}）`, en: `(${n})` };
}
