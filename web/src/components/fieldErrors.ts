import type { FormInstance } from 'antd';
import type { ApiError } from '../api/client.js';
import { splitFieldErrors } from '../api/mutationState.js';

/**
 * Puts the server's field details beside the matching form fields; returns the messages that
 * match no field (shown in the alert instead).
 */
export function applyFieldErrors(form: FormInstance, error: ApiError, fields: readonly string[]): string[] {
  const { fieldErrors, unplaced } = splitFieldErrors(error.details, fields);
  form.setFields(fieldErrors);
  return unplaced;
}
