import type { AccessEvent } from '../../api/types.js';
import { ACCESS_EVENT_NAMES } from '../../../../src/audit/core/log-vocabulary.js';

/**
 * The words for the trail's and the log's codes come from the one vocabulary the server's exports
 * also use (src/audit/core/log-vocabulary.ts, tested against what the source can write).
 */
export { AUDIT_ACTIONS, RECORD_TYPES } from '../../../../src/audit/core/log-vocabulary.js';

/** Every event the access log's filter takes (the API document's list), each named. */
export const ACCESS_EVENTS: Record<AccessEvent, (typeof ACCESS_EVENT_NAMES)[AccessEvent]> =
  ACCESS_EVENT_NAMES;

export const ACCESS_EVENT_CODES = Object.keys(ACCESS_EVENTS) as AccessEvent[];

/** Long ids (UUIDs) are cut to their first 8 characters for the table; the full id is in the tooltip. */
export function shortId(id: string | number): string {
  const text = String(id);
  return text.length > 12 ? `${text.slice(0, 8)}…` : text;
}
