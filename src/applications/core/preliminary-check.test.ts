import { describe, expect, it } from 'vitest';
import type { ClauseResult, Verdict } from '../../eligibility/core/eligibility.js';
import { clauseList, openClauses } from './preliminary-check.js';

function result(key: string, verdict: Verdict): ClauseResult {
  const [article = 0, clause = 0] = key.slice(3).split('.').map(Number);
  return {
    key,
    ref: { article, clause },
    label: { zh: `第${article}条(${clause})`, en: `Art. ${article}(${clause})` },
    summary: { zh: '', en: '' },
    verdict,
    reason: { zh: '', en: '' },
    source: 'declaration',
  };
}

const RESULTS = [
  result('art8.1', 'pass'),
  result('art8.3', 'needs-check'),
  result('art9.1', 'needs-check'),
  result('art9.3', 'fail'),
];

describe('openClauses (Art. 15: nothing accepted while a clause is 待核实 and unacknowledged)', () => {
  it('lists every clause needing a check that nobody acknowledged', () => {
    expect(openClauses(RESULTS, [], []).map((r) => r.key)).toEqual(['art8.3', 'art9.1']);
  });

  it('closes a clause acknowledged with a written note, and only that one', () => {
    const open = openClauses(RESULTS, [], [{ key: 'art8.3', note: '已核对近三年检验报告' }]);
    expect(open.map((r) => r.key)).toEqual(['art9.1']);
  });

  it('does not count a note of fewer than two characters, once trimmed', () => {
    expect(openClauses(RESULTS, [], [{ key: 'art8.3', note: '  好 ' }]).map((r) => r.key)).toEqual([
      'art8.3',
      'art9.1',
    ]);
  });

  it('closes a clause the Office overrode with a reason', () => {
    const open = openClauses(RESULTS, [{ key: 'art9.1', verdict: 'pass', reason: '经现场核实无此情形' }], []);
    expect(open.map((r) => r.key)).toEqual(['art8.3']);
  });

  it('never lists a passing or failing clause (failures are refused by their own rule)', () => {
    expect(openClauses([result('art8.1', 'pass'), result('art9.3', 'fail')], [], [])).toEqual([]);
  });

  it('names the clauses in each language', () => {
    expect(clauseList(openClauses(RESULTS, [], []))).toEqual({
      zh: '第8条(3)、第9条(1)',
      en: 'Art. 8(3), Art. 9(1)',
    });
  });
});
