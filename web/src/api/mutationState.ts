import type { ApiError, ErrorDetail } from './client.js';

/**
 * The pure part of submitting to the API (useApiMutation.ts is the React side): one submission
 * at a time, the server's refusal split into what goes beside a form field and what does not,
 * the refusal as one line with its clause, and which cached reads a success makes stale.
 */

/** A failed submission as a dialog shows it. */
export interface MutationFailure {
  error: ApiError;
  /** Messages for the form's own fields, ready for antd's `form.setFields`. */
  fieldErrors: { name: string; errors: string[] }[];
  /** Messages about no field of the form (shown under the refusal instead). */
  unplaced: string[];
}

/** `/body/newPassword`, `body.newPassword`, `roles[0].townId` → `newPassword`, `roles`. */
export function fieldOf(path: string): string {
  const segments = path
    .replace(/^[/.]+/, '')
    .split(/[/.[\]]+/)
    .filter(Boolean);
  const first = segments[0] === 'body' ? segments[1] : segments[0];
  return first ?? '';
}

/** Sorts the server's details into the given fields' messages and the rest, in the server's order. */
export function splitFieldErrors(
  details: readonly ErrorDetail[],
  fields: readonly string[],
): Pick<MutationFailure, 'fieldErrors' | 'unplaced'> {
  const byField = new Map<string, string[]>();
  const unplaced: string[] = [];
  for (const detail of details) {
    const field = fieldOf(detail.path);
    if (field && fields.includes(field)) byField.set(field, [...(byField.get(field) ?? []), detail.message]);
    else unplaced.push(detail.message);
  }
  return { fieldErrors: [...byField].map(([name, errors]) => ({ name, errors })), unplaced };
}

/** The failure a dialog shows for a refusal, its details placed on `fields` where they belong. */
export function failureOf(error: ApiError, fields: readonly string[] = []): MutationFailure {
  return { error, ...splitFieldErrors(error.details, fields) };
}

/**
 * The refusal as one line, e.g. "评审资格已取消（依据：第二十六条）": the server's message (already
 * in the person's language) and, when the refusal rests on a rule, its clause worded by `withClause`.
 */
export function refusalText(
  error: Pick<ApiError, 'message' | 'clause'>,
  withClause: (message: string, clause: string) => string,
): string {
  return error.clause ? withClause(error.message, error.clause) : error.message;
}

/**
 * Lets one submission through at a time: while a task runs, further calls are dropped (they
 * return undefined) however fast they come — before React has even re-rendered the button as
 * busy. A rejected task frees the gate as a fulfilled one does.
 */
export function createSubmitGate() {
  let busy = false;
  return {
    get busy() {
      return busy;
    },
    run<R>(task: () => Promise<R>): Promise<R> | undefined {
      if (busy) return undefined;
      busy = true;
      let running: Promise<R>;
      try {
        running = task();
      } catch (failure) {
        busy = false;
        throw failure;
      }
      return running.finally(() => {
        busy = false;
      });
    },
  };
}

export type SubmitGate = ReturnType<typeof createSubmitGate>;

/**
 * Whether a cached read (useApiData keys it `['api', path]`) is one of `paths`: the path itself,
 * or with a query string (`/accounts?page=2`) or below it (`/panels/7`).
 */
export function readsAnyOf(queryKey: readonly unknown[], paths: readonly string[]): boolean {
  const [scope, path] = queryKey;
  if (scope !== 'api' || typeof path !== 'string') return false;
  return paths.some(
    (prefix) => path === prefix || path.startsWith(`${prefix}?`) || path.startsWith(`${prefix}/`),
  );
}
