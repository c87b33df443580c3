import type { FormInstance } from 'antd';
import type { ApiError } from '../../../api/client.js';

/**
 * Puts the server's field details beside nested form fields: 'organisation.creditCode' or
 * '/organisation/creditCode' → ['organisation', 'creditCode'] when that field is in `fields`.
 * Returns the messages that match no field, for the alert.
 */
export function applyNestedFieldErrors(
  form: FormInstance,
  error: ApiError,
  fields: readonly (readonly string[])[],
): string[] {
  const known = new Map(fields.map((name) => [name.join('.'), name]));
  const byField = new Map<string, string[]>();
  const unplaced: string[] = [];
  for (const detail of error.details) {
    const key = detail.path
      .replace(/^[/.]+/, '')
      .split(/[/.]+/)
      .filter((s) => s && s !== 'body')
      .join('.');
    if (known.has(key)) byField.set(key, [...(byField.get(key) ?? []), detail.message]);
    else unplaced.push(detail.message);
  }
  form.setFields([...byField].map(([key, errors]) => ({ name: [...(known.get(key) ?? [])], errors })));
  return unplaced;
}
