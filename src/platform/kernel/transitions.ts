import type { LocalizedText } from '../i18n/localized.js';
import type { ClauseRef, GuardResult, Refusal } from './refusal.js';

/** A workflow as a table of states and the states each may move to (Vendure-style). */
export type TransitionsTable<S extends string> = { readonly [K in S]: { readonly to: readonly S[] } };

/** Who may take one edge of a workflow, under which clause, and on what condition. */
export interface TransitionRule<F, A extends string = string> {
  roles: readonly A[];
  clause: ClauseRef;
  action: LocalizedText;
  guard?: (facts: F, now: Date) => Refusal | null;
}

/** The rules of every edge of a table, by source state and then target state. */
export type TransitionRules<S extends string, F, A extends string = string> = {
  [K in S]: Partial<Record<S, TransitionRule<F, A>>>;
};

/**
 * What is wrong with a transitions table: a target that is not a state, or a state that cannot
 * be reached from the start. Empty when the table is sound.
 */
export function transitionsTableProblems<S extends string>(table: TransitionsTable<S>, start: S): string[] {
  const states = Object.keys(table) as S[];
  const problems: string[] = [];
  for (const from of states) {
    for (const to of table[from].to) {
      if (!states.includes(to)) problems.push(`${from} → ${to}: no such state`);
    }
  }
  const reached = new Set<S>([start]);
  const queue: S[] = [start];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    for (const to of table[next]?.to ?? []) {
      if (!reached.has(to)) {
        reached.add(to);
        queue.push(to);
      }
    }
  }
  for (const state of states) {
    if (!reached.has(state)) problems.push(`${state}: not reachable from ${start}`);
  }
  return problems;
}

/** A refusal naming who may act, in both languages. */
export function roleRefusal(
  names: readonly LocalizedText[],
  action: LocalizedText,
  clause: ClauseRef,
): Refusal {
  return {
    ok: false,
    reason: {
      zh: `只有${names.map((n) => n.zh).join('或')}可以${action.zh}。`,
      en: `Only ${names.map((n) => n.en).join(' or ')} may ${action.en}.`,
    },
    clause,
  };
}

/** Looks up the rule of an edge, if the table has that edge. */
export function transitionRule<S extends string, F, A extends string>(
  table: TransitionsTable<S>,
  rules: TransitionRules<S, F, A>,
  from: S,
  to: S,
): TransitionRule<F, A> | undefined {
  if (!Object.hasOwn(table, from) || !table[from].to.includes(to)) return undefined;
  return rules[from][to];
}

/** The words of the workflow: its states and the actors of its rules. */
export interface WorkflowNames<S extends string, A extends string> {
  states: Record<S, LocalizedText>;
  actors: Record<A, LocalizedText>;
}

/**
 * Runs the checks of one edge: both states exist, the edge exists, the actor holds a role of it,
 * its guard passes. Every refusal says why; a refusal of the rule names its clause.
 */
export function checkTransition<S extends string, F, A extends string>(
  table: TransitionsTable<S>,
  rules: TransitionRules<S, F, A>,
  names: WorkflowNames<S, A>,
  from: S,
  to: S,
  actorRoles: readonly A[],
  facts: F,
  now: Date,
): GuardResult {
  for (const state of [from, to]) {
    if (!Object.hasOwn(table, state)) {
      return {
        ok: false,
        reason: { zh: `没有“${state}”这一状态。`, en: `There is no state "${state}".` },
      };
    }
  }
  const rule = transitionRule(table, rules, from, to);
  if (!rule) {
    return {
      ok: false,
      reason: {
        zh: `不能从“${names.states[from].zh}”变为“${names.states[to].zh}”。`,
        en: `It cannot go from "${names.states[from].en}" to "${names.states[to].en}".`,
      },
    };
  }
  if (!rule.roles.some((role) => actorRoles.includes(role))) {
    return roleRefusal(
      rule.roles.map((role) => names.actors[role]),
      rule.action,
      rule.clause,
    );
  }
  return rule.guard?.(facts, now) ?? { ok: true };
}
