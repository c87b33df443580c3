import type { LocalizedText } from '../../../src/platform/i18n/localized.js';
import { api } from './client.js';
import type { ReferenceItem, ReferenceKind } from './types.js';

export const referenceApi = {
  list: (kind: ReferenceKind) => api.get<{ items: ReferenceItem[] }>(`/reference/${kind}`),
  add: (kind: ReferenceKind, code: string, name: LocalizedText) =>
    api.post<ReferenceItem>(`/reference/${kind}`, { code, name }),
  update: (kind: ReferenceKind, id: number, change: { name?: LocalizedText; active?: boolean }) =>
    api.patch<ReferenceItem>(`/reference/${kind}/${id}`, change),
};
