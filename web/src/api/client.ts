import { currentLocale, i18n } from '../i18n/i18n.js';

/** One problem with one field of a request, as the server reports it. */
export interface ErrorDetail {
  path: string;
  message: string;
}

/** A refusal from the server; `message` is already in the person's language. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly clause?: string,
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let csrfToken = '';
const unauthorizedListeners = new Set<() => void>();

/** Remembers the token from the latest GET /api/auth/session; every non-GET request sends it. */
export function setCsrfToken(token: string): void {
  csrfToken = token;
}

/** The current token, for requests made outside `api` (uploads with progress, keepalive saves). */
export function currentCsrfToken(): string {
  return csrfToken;
}

/** Called when a request is refused because the session is gone (e.g. idle timeout). */
export function onUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

function isErrorBody(
  value: unknown,
): value is { code: string; message: string; clause?: string; details?: ErrorDetail[] } {
  return typeof value === 'object' && value !== null && 'code' in value && 'message' in value;
}

async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': currentLocale() };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network/unreachable', i18n.t('errors.network'));
  }
  if (response.status === 204) return undefined as T;
  const data: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    if (response.status === 401 && !path.startsWith('/auth/')) unauthorizedListeners.forEach((l) => l());
    if (isErrorBody(data)) {
      throw new ApiError(response.status, data.code, data.message, data.clause, data.details ?? []);
    }
    throw new ApiError(
      response.status,
      'http/unexpected',
      i18n.t('errors.unexpected', { status: response.status }),
    );
  }
  return data as T;
}

/** Builds `?a=1&b=2`, leaving out empty values. */
export function query(params: Record<string, string | number | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
};
