import { type ApiAnswer, apiUrl, type GetInitArgs, type GetPath } from './client.js';
import { type ApiData, useApiData } from './useApiData.js';

/**
 * GETs a path of the generated API document (`'/api/cycles/{id}'`, `{ path: { id } }`): its
 * parameters and its answer are typed by `openapi.d.ts`, so a change of the server's schema
 * breaks the web's typecheck. `null` for the parameters: nothing to load yet.
 */
export function useApi<P extends GetPath>(path: P, ...init: GetInitArgs<P>): ApiData<ApiAnswer<P>> {
  const [params] = init;
  return useApiData<ApiAnswer<P>>(params === null ? null : apiUrl(path, params));
}
