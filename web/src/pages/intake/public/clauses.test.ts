import { describe, expect, it } from 'vitest';
import { jinshui2011 } from '../../../../../src/programmes/versions/jinshui-2011.js';
import { articleClauses, clauseNumbering } from './clauses.js';

describe('the announcement’s conditions and exclusions, from the programme text', () => {
  it('lists the six conditions of Art. 8 and the nine exclusions of Art. 9 in both languages, numbers removed', () => {
    const conditions = articleClauses(jinshui2011, 8);
    const exclusions = articleClauses(jinshui2011, 9);
    expect(conditions.clauses).toHaveLength(6);
    expect(exclusions.clauses).toHaveLength(9);
    expect(conditions.lead.zh).toContain('须具备下列基本条件');
    expect(conditions.clauses[5]).toEqual({
      zh: '获得区有关主管部门推荐。',
      en: 'It has been recommended by the relevant competent department of the district.',
    });
    expect(exclusions.clauses[6]?.zh).toBe('有偷税漏税行为的；');
    expect(exclusions.clauses.every((c) => !/^[（(]/.test(c.zh) && !/^\(/.test(c.en))).toBe(true);
  });

  it('numbers clauses as the document does', () => {
    expect(clauseNumbering(5)).toEqual({ zh: '（五）', en: '(5)' });
  });
});
