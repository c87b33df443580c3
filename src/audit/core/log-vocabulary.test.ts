import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPLICATION_TRANSITIONS } from '../../applications/core/application-status.js';
import { CYCLE_TRANSITIONS } from '../../cycles/core/cycle-stages.js';
import { EXPERT_STATUSES } from '../../experts/core/expert.js';
import { REFERENCE_KINDS } from '../../reference/reference-repository.js';
import { ACCESS_EVENT_NAMES, ACCESS_EVENTS, AUDIT_ACTIONS, nameOf, RECORD_TYPES } from './log-vocabulary.js';

/**
 * What the source can write into the audit trail: every `action:` and `recordType:` given to an
 * audit entry or access-log entry, read from the files themselves. A literal is taken as it is; a
 * template (`expert.${input.status}`) must be listed in EXPANSIONS with the values its
 * placeholders take, so a new template fails here until someone says what it can become.
 */
const SRC = join(import.meta.dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const targets = (table: Record<string, { to: readonly string[] }>) =>
  [...new Set(Object.values(table).flatMap((edge) => edge.to))] as string[];

/** Each template the source writes, and the values it becomes (from the tables it is made of). */
const ACTION_EXPANSIONS: Record<string, string[]> = {
  // transition(): `${workflow.recordType}.${move.to}` for each workflow's targets.
  '${workflow.recordType}.${move.to}': [
    ...targets(CYCLE_TRANSITIONS).map((to) => `cycle.${to}`),
    ...targets(APPLICATION_TRANSITIONS).map((to) => `application.${to}`),
  ],
  'panel.seat-${input.response}': ['panel.seat-confirmed', 'panel.seat-declined'],
  'expert.${input.status}': EXPERT_STATUSES.map((status) => `expert.${status}`),
  'conflict.${input.status}': ['conflict.confirmed', 'conflict.dismissed'],
  'reference.${kind}.created': REFERENCE_KINDS.map((kind) => `reference.${kind}.created`),
  'reference.${kind}.updated': REFERENCE_KINDS.map((kind) => `reference.${kind}.updated`),
};
const RECORD_EXPANSIONS: Record<string, string[]> = {
  'workflow.recordType': ['cycle', 'application'],
  kind: [...REFERENCE_KINDS],
  'record.type': ['application', 'file'],
};

interface Written {
  literals: Map<string, string>;
  templates: Map<string, string>;
}

/** The codes written after `key:` in the source: quoted literals (both sides of a ternary) and templates. */
function written(key: 'action' | 'recordType'): Written {
  const found: Written = { literals: new Map(), templates: new Map() };
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    if (!/appendAudit|logAccess|Workflow</.test(text)) continue;
    const where = relative(SRC, file);
    // The value runs to the end of its property (a comma, or the object's end), over several lines if need be.
    for (const match of text.matchAll(
      new RegExp(`\\b${key}:\\s*([^,]+?)(?=,|\\s*\\}\\s*[,);]|\\n\\s*[})])`, 'g'),
    )) {
      const expression = match[1]!.trim().replace(/\s+/g, ' ');
      if (/^(Type\.|string|\{|change\.|row\.|r\.|entry\.|facts\.)/.test(expression)) continue;
      // `cond ? 'a' : cond2 ? 'b' : 'c'`: the codes are the branches (after `?` or `:`), not what
      // the conditions compare.
      const ternary = expression.includes('?');
      const value = ternary ? expression.slice(expression.indexOf('?') + 1) : expression;
      const literals = [...value.matchAll(ternary ? /[?:]\s*'([^']+)'/g : /'([^']+)'/g)].map((m) => m[1]!);
      const first = ternary ? /^\s*'([^']+)'/.exec(value) : null;
      if (first) literals.push(first[1]!);
      const templates = [...value.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
      if (literals.length === 0 && templates.length === 0) found.templates.set(expression, where);
      for (const literal of literals) found.literals.set(literal, where);
      for (const template of templates) found.templates.set(template, where);
    }
  }
  return found;
}

describe('the audit trail’s vocabulary', () => {
  it('finds what the source writes (the reader of the source works)', () => {
    const actions = written('action');
    expect([...actions.literals.keys()]).toEqual(expect.arrayContaining(['account.created', 'draw.drawn']));
    expect([...actions.templates.keys()]).toContain('${workflow.recordType}.${move.to}');
    expect([...written('recordType').literals.keys()]).toEqual(expect.arrayContaining(['panel', 'file']));
  });

  it('names every action the platform can write, in both languages', () => {
    const actions = written('action');
    const unknownTemplates = [...actions.templates].filter(([template]) => !(template in ACTION_EXPANSIONS));
    expect(unknownTemplates, 'a template action: list what it becomes in ACTION_EXPANSIONS').toEqual([]);
    const codes = [...actions.literals.keys(), ...Object.values(ACTION_EXPANSIONS).flat()];
    const unnamed = codes.filter((code) => !AUDIT_ACTIONS[code]?.zh || !AUDIT_ACTIONS[code]?.en);
    expect(unnamed, 'name each in src/audit/core/log-vocabulary.ts').toEqual([]);
  });

  it('names every record type the trail and the access log can be about', () => {
    const types = written('recordType');
    const unknown = [...types.templates].filter(([expression]) => !(expression in RECORD_EXPANSIONS));
    expect(unknown, 'a computed record type: list its values in RECORD_EXPANSIONS').toEqual([]);
    const codes = [...types.literals.keys(), ...Object.values(RECORD_EXPANSIONS).flat()];
    expect(codes.filter((code) => !RECORD_TYPES[code])).toEqual([]);
  });

  it('names no action the platform cannot write (a stale name misleads the filter)', () => {
    const actions = written('action');
    const writable = new Set([...actions.literals.keys(), ...Object.values(ACTION_EXPANSIONS).flat()]);
    expect(Object.keys(AUDIT_ACTIONS).filter((code) => !writable.has(code))).toEqual([]);
  });

  it('names every access event, and falls back to the code for one it does not know', () => {
    expect(ACCESS_EVENTS.filter((event) => !ACCESS_EVENT_NAMES[event]?.zh)).toEqual([]);
    expect(nameOf(AUDIT_ACTIONS, 'draw.drawn', 'zh-CN')).toBe('抽取专家');
    expect(nameOf(AUDIT_ACTIONS, 'draw.drawn', 'en')).toBe('Experts drawn');
    expect(nameOf(AUDIT_ACTIONS, 'something.new', 'en')).toBe('something.new');
  });
});
