import { answer, type ApiBody, typedApi } from './client.js';
import type { ReferenceKind } from './types.js';

export type ReferenceChange = ApiBody<'/api/reference/{kind}/{id}', 'patch'>;

export const referenceApi = {
  list: (kind: ReferenceKind) =>
    answer(typedApi.GET('/api/reference/{kind}', { params: { path: { kind } } })),
  add: (kind: ReferenceKind, code: string, name: ApiBody<'/api/reference/{kind}'>['name']) =>
    answer(typedApi.POST('/api/reference/{kind}', { params: { path: { kind } }, body: { code, name } })),
  update: (kind: ReferenceKind, id: number, change: ReferenceChange) =>
    answer(
      typedApi.PATCH('/api/reference/{kind}/{id}', {
        params: { path: { kind, id: String(id) } },
        body: change,
      }),
    ),
};
