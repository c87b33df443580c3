import { describe, expect, it } from 'vitest';
import type { LocalizedText } from '../i18n/localized.js';
import { refuse } from './refusal.js';
import type { TransitionRules, TransitionsTable } from './transitions.js';
import { checkTransition, transitionsTableProblems } from './transitions.js';

type Door = 'shut' | 'open' | 'locked';
type Who = 'keeper' | 'guest';
const DOOR = {
  shut: { to: ['open', 'locked'] },
  open: { to: ['shut'] },
  locked: { to: ['shut'] },
} as const satisfies TransitionsTable<Door>;
const RULES: TransitionRules<Door, { key: boolean }, Who> = {
  shut: {
    open: { roles: ['keeper', 'guest'], clause: { article: 1 }, action: { zh: '开门', en: 'open the door' } },
    locked: { roles: ['keeper'], clause: { article: 2 }, action: { zh: '锁门', en: 'lock the door' } },
  },
  open: {
    shut: { roles: ['keeper', 'guest'], clause: { article: 1 }, action: { zh: '关门', en: 'shut it' } },
  },
  locked: {
    shut: {
      roles: ['keeper'],
      clause: { article: 3, clause: 2 },
      action: { zh: '开锁', en: 'unlock it' },
      guard: (facts) => (facts.key ? null : refuse({ article: 3, clause: 2 }, '没有钥匙。', 'No key.')),
    },
  },
};
const NAMES = {
  states: {
    shut: { zh: '关着', en: 'Shut' },
    open: { zh: '开着', en: 'Open' },
    locked: { zh: '锁着', en: 'Locked' },
  } satisfies Record<Door, LocalizedText>,
  actors: { keeper: { zh: '门卫', en: 'the keeper' }, guest: { zh: '客人', en: 'a guest' } },
};
const now = new Date('2026-01-01T00:00:00Z');
const check = (from: string, to: string, who: Who[], key = true) =>
  checkTransition(DOOR, RULES, NAMES, from as Door, to as Door, who, { key }, now);

describe('checkTransition', () => {
  it('lets an actor of the edge through when the guard passes', () => {
    expect(check('locked', 'shut', ['keeper'])).toEqual({ ok: true });
  });

  it('refuses a state the table does not know, without throwing', () => {
    const refusal = check('ajar', 'shut', ['keeper']);
    expect(refusal.ok).toBe(false);
    expect(!refusal.ok && refusal.reason.en).toBe('There is no state "ajar".');
    expect(check('shut', 'ajar', ['keeper']).ok).toBe(false);
  });

  it('refuses an edge the table does not have, naming both states', () => {
    const refusal = check('open', 'locked', ['keeper']);
    expect(!refusal.ok && refusal.reason).toEqual({
      zh: '不能从“开着”变为“锁着”。',
      en: 'It cannot go from "Open" to "Locked".',
    });
  });

  it('refuses an actor without a role of the edge, naming who may and the clause', () => {
    expect(check('shut', 'locked', ['guest'])).toEqual({
      ok: false,
      reason: { zh: '只有门卫可以锁门。', en: 'Only the keeper may lock the door.' },
      clause: { article: 2 },
    });
  });

  it('returns the guard’s refusal with its clause', () => {
    expect(check('locked', 'shut', ['keeper'], false)).toEqual({
      ok: false,
      reason: { zh: '没有钥匙。', en: 'No key.' },
      clause: { article: 3, clause: 2 },
    });
  });
});

describe('transitionsTableProblems', () => {
  it('finds a target that is not a state and a state nobody reaches', () => {
    const table = { a: { to: ['b'] }, b: { to: ['c'] }, d: { to: [] } } as unknown as TransitionsTable<
      'a' | 'b' | 'd'
    >;
    expect(transitionsTableProblems(table, 'a')).toEqual(['b → c: no such state', 'd: not reachable from a']);
    expect(transitionsTableProblems(DOOR, 'shut')).toEqual([]);
  });
});
