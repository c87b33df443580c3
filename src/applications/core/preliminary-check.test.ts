import { describe, expect, it } from 'vitest';
import type { ClauseResult, Verdict } from '../../eligibility/core/eligibility.js';
import { isRuleKind } from '../../programmes/core/rule-kinds.js';
import { jinshui2011 } from '../../programmes/versions/jinshui-2011.js';
import { clauseList, openClauses } from './preliminary-check.js';

function result(key: string, verdict: Verdict): ClauseResult {
  if (!isRuleKind(key)) throw new Error(key);
  const { article, clause = 0 } = jinshui2011.clauses[key];
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
  result('years-operating', 'pass'),
  result('no-major-accident', 'needs-check'),
  result('against-policy', 'needs-check'),
  result('liability-accident', 'fail'),
];

describe('openClauses (Art. 15: nothing accepted while a clause is 待核实 and unacknowledged)', () => {
  it('lists every clause needing a check that nobody acknowledged', () => {
    expect(openClauses(RESULTS, [], []).map((r) => r.key)).toEqual(['no-major-accident', 'against-policy']);
  });

  it('closes a clause acknowledged with a written note, and only that one', () => {
    const open = openClauses(RESULTS, [], [{ key: 'no-major-accident', note: '已核对近三年检验报告' }]);
    expect(open.map((r) => r.key)).toEqual(['against-policy']);
  });

  it('does not count a note of fewer than two characters, once trimmed', () => {
    expect(openClauses(RESULTS, [], [{ key: 'no-major-accident', note: '  好 ' }]).map((r) => r.key)).toEqual(
      ['no-major-accident', 'against-policy'],
    );
  });

  it('closes a clause the Office overrode with a reason', () => {
    const open = openClauses(
      RESULTS,
      [{ key: 'against-policy', verdict: 'pass', reason: '经现场核实无此情形' }],
      [],
    );
    expect(open.map((r) => r.key)).toEqual(['no-major-accident']);
  });

  it('never lists a passing or failing clause (failures are refused by their own rule)', () => {
    expect(
      openClauses([result('years-operating', 'pass'), result('liability-accident', 'fail')], [], []),
    ).toEqual([]);
  });

  it('names the clauses in each language', () => {
    expect(clauseList(openClauses(RESULTS, [], []))).toEqual({
      zh: '第8条(3)、第9条(1)',
      en: 'Art. 8(3), Art. 9(1)',
    });
  });
});
