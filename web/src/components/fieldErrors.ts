import type { FormInstance } from 'antd';
import type { ApiError } from '../api/client.js';

/** `/body/newPassword`, `body.newPassword`, `roles[0].townId` → `newPassword`, `roles`. */
export function fieldOf(path: string): string {
  const segments = path
    .replace(/^[/.]+/, '')
    .split(/[/.[\]]+/)
    .filter(Boolean);
  const first = segments[0] === 'body' ? segments[1] : segments[0];
  return first ?? '';
}

/**
 * Puts the server's field details beside the matching form fields; returns the messages that
 * match no field (shown in the alert instead).
 */
export function applyFieldErrors(form: FormInstance, error: ApiError, fields: readonly string[]): string[] {
  const byField = new Map<string, string[]>();
  const unplaced: string[] = [];
  for (const detail of error.details) {
    const field = fieldOf(detail.path);
    if (fields.includes(field)) byField.set(field, [...(byField.get(field) ?? []), detail.message]);
    else unplaced.push(detail.message);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  return unplaced;
}
