import { Type } from 'typebox';

/**
 * The record as it stood before / after an audited change. It is whatever the use case wrote
 * (an application, a cycle, a draw's commitment…), hashed into the chain exactly as stored, so it
 * passes through unshaped: a schema here would reorder or drop what the auditor must see.
 */
export const AuditSnapshotSchema = Type.Any({
  description: 'JSON snapshot of the record (open-ended, as hashed into the chain), or null',
});
