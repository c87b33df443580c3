import { Type } from 'typebox';
import { AppError } from '../platform/errors/app-error.js';
import { shanghaiDayRange } from '../platform/kernel/time.js';

/**
 * The record as it stood before / after an audited change. It is whatever the use case wrote
 * (an application, a cycle, a draw's commitment…), hashed into the chain exactly as stored, so it
 * passes through unshaped: a schema here would reorder or drop what the auditor must see.
 */
export const AuditSnapshotSchema = Type.Any({
  description: 'JSON snapshot of the record (open-ended, as hashed into the chain), or null',
});

const BeijingDate = (description: string) =>
  Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description }));

/** `from` and `to`: whole Beijing days (YYYY-MM-DD), both included, either left open. */
export const DateRangeQueryProperties = {
  from: BeijingDate('First day, YYYY-MM-DD in Beijing time (included)'),
  to: BeijingDate('Last day, YYYY-MM-DD in Beijing time (included)'),
};

/** The moments of a `from`/`to` query (kernel time); a date not on the calendar or a reversed range is a 400. */
export function dateRangeOf(query: { from?: string | undefined; to?: string | undefined }) {
  const range = shanghaiDayRange(query.from, query.to);
  if (!range.ok) {
    throw range.reason === 'reversed'
      ? new AppError('request/date-range-reversed')
      : new AppError('request/invalid-value');
  }
  return { since: range.since, until: range.until };
}
/** A published head of the chain: the newest entry on a Beijing day, its hash, the entries up to it. */
export const PublishedHeadSchema = Type.Object({
  day: Type.String({ format: 'date', description: 'Beijing date it was published for' }),
  entryId: Type.Integer(),
  entryCount: Type.Integer({ description: 'Entries in the chain up to and including entryId' }),
  hash: Type.String({ description: 'SHA-256 of entry entryId, hex' }),
});

export const StoredHeadSchema = Type.Object({
  ...PublishedHeadSchema.properties,
  publishedAt: Type.String({ format: 'date-time' }),
});

/** Entries deleted from the end (`head-missing`), or rewritten with later hashes recomputed (`head-mismatch`). */
export const HeadBreachSchema = Type.Object({
  reason: Type.Union([Type.Literal('head-missing'), Type.Literal('head-mismatch')]),
  head: PublishedHeadSchema,
  chainCount: Type.Optional(Type.Integer({ description: 'head-missing: entries the chain has now' })),
  found: Type.Optional(
    Type.Object(
      { id: Type.Integer(), hash: Type.String() },
      { description: 'head-mismatch: the entry there now' },
    ),
  ),
  lastMatched: Type.Optional(PublishedHeadSchema),
});

export const AuditVerificationSchema = Type.Object({
  ok: Type.Boolean(),
  checked: Type.Integer(),
  firstBroken: Type.Optional(Type.Object({ id: Type.Integer(), reason: Type.String() })),
  head: Type.Optional(Type.Object({ id: Type.Integer(), hash: Type.String() })),
  publishedHeads: Type.Object({
    given: Type.Integer({ description: 'Published heads compared against' }),
    checked: Type.Integer({ description: 'Heads the chain was found to pass through' }),
    breach: Type.Optional(HeadBreachSchema),
  }),
});
