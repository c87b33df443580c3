import type { ApiAnswer } from './client.js';
import { answer, typedApi } from './client.js';

/** A rules version with its document, as the server presents it (the generated API types). */
export type RulesVersion = ApiAnswer<'/api/rules-versions/{id}'>;
export type RulesVersionRow = ApiAnswer<'/api/rules-versions'>['items'][number];
export type RulesDocument = RulesVersion['document'];

const id = (value: string) => ({ path: { id: value } });

export const rulesVersionsApi = {
  draft: (basedOn: string, newId: string) =>
    answer(typedApi.POST('/api/rules-versions', { body: { basedOn, id: newId } })),
  save: (versionId: string, revision: number, document: RulesDocument) =>
    answer(
      typedApi.PUT('/api/rules-versions/{id}', {
        params: id(versionId),
        body: { revision, document: document as unknown as Record<string, unknown> },
      }),
    ),
  approve: (versionId: string, revision: number) =>
    answer(typedApi.POST('/api/rules-versions/{id}/approval', { params: id(versionId), body: { revision } })),
};
