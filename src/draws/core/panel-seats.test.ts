import { describe, expect, it } from 'vitest';
import { nextReserve, panelState } from './panel-seats.js';

const outcome = { leader: 'E1', members: ['E2', 'E3', 'E4', 'E5'], reserves: ['R1', 'R2', 'R3'] };

describe('panel seats', () => {
  it('starts with everyone invited and all reserves remaining', () => {
    const state = panelState(outcome, []);
    expect(state.seats.map((s) => [s.role, s.expert, s.status])).toEqual([
      ['leader', 'E1', 'invited'],
      ['member', 'E2', 'invited'],
      ['member', 'E3', 'invited'],
      ['member', 'E4', 'invited'],
      ['member', 'E5', 'invited'],
    ]);
    expect(state.remainingReserves).toEqual(['R1', 'R2', 'R3']);
  });

  it('applies confirmations, declines and replacements in order', () => {
    const state = panelState(outcome, [
      { kind: 'confirmed', expert: 'E1' },
      { kind: 'declined', expert: 'E3', reason: '出差' },
      { kind: 'replaced', expert: 'E3', replacement: 'R1', reason: '出差' },
      { kind: 'declined', expert: 'R1', reason: '回避' },
      { kind: 'replaced', expert: 'R1', replacement: 'R2', reason: '回避' },
      { kind: 'confirmed', expert: 'R2' },
    ]);
    expect(state.seats[0]).toMatchObject({ expert: 'E1', status: 'confirmed' });
    expect(state.seats[2]).toEqual({
      role: 'member',
      expert: 'R2',
      status: 'confirmed',
      previous: ['E3', 'R1'],
    });
    expect(state.remainingReserves).toEqual(['R3']);
  });

  it('fills a member seat with the first remaining reserve, a leader seat with the first who can lead', () => {
    const state = panelState(outcome, []);
    expect(nextReserve(state, { role: 'member' }, () => false)).toBe('R1');
    expect(nextReserve(state, { role: 'leader' }, (e) => e === 'R2')).toBe('R2');
    expect(nextReserve(state, { role: 'leader' }, () => false)).toBeUndefined();
  });

  it('ignores events for experts not on the panel', () => {
    expect(
      panelState(outcome, [{ kind: 'confirmed', expert: 'X9' }]).seats.every((s) => s.status === 'invited'),
    ).toBe(true);
  });
});
