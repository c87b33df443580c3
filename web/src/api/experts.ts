import type { ExpertStatus } from '../../../src/experts/core/expert.js';
import { currentLocale, i18n } from '../i18n/i18n.js';
import {
  answer,
  ApiError,
  type ApiAnswer,
  type ApiBody,
  type ApiQuery,
  currentCsrfToken,
  type ErrorDetail,
  typedApi,
} from './client.js';

// The shapes below are the server's, from the generated API types (npm run api:types).

/** What the Office records about an expert, as sent to the server. */
export type ExpertInput = ApiBody<'/api/experts'>;

/** An expert as the pool lists them: identity number masked. */
export type Expert = ApiAnswer<'/api/experts'>['items'][number];

export type Conflict = ApiAnswer<'/api/conflicts'>['items'][number];

export type ConflictStatus = Conflict['status'];
export type ConflictSource = Conflict['source'];

/** One expert with the whole identity number and their conflicts (Office only). */
export type ExpertDetail = ApiAnswer<'/api/experts/{id}'>;

export type ExpertFilter = ApiQuery<'/api/experts'>;

export type NewConflict = ApiBody<'/api/conflicts'>;

/** A cycle as the staff list shows it (GET /api/cycles). */
export type CycleSummary = ApiAnswer<'/api/cycles'>['items'][number];

/** A line of GET /api/applications: enough to pick an application for a panel. */
export type ApplicationSummary = ApiAnswer<'/api/applications'>['items'][number];

/** The parts of GET /api/applications/:id the expert pages need. */
export type ApplicationHeading = Pick<ApiAnswer<'/api/applications/{id}'>, 'id' | 'organisation'>;

/** A panel the signed-in expert was drawn onto (GET /api/my/panels). */
export type MyPanel = ApiAnswer<'/api/my/panels'>['items'][number];

export const EXPERT_TEMPLATE_URL = '/api/experts/template.xlsx';
export const EXPERT_EXPORT_URL = '/api/experts/export.xlsx';

function isErrorBody(
  value: unknown,
): value is { code: string; message: string; clause?: string; details?: ErrorDetail[] } {
  return typeof value === 'object' && value !== null && 'code' in value && 'message' in value;
}

/** Sends the filled-in sheet as multipart (the JSON client does not do files). */
async function uploadSheet(file: File): Promise<ApiAnswer<'/api/experts/import', 'post'>> {
  const csrfToken = currentCsrfToken();
  const body = new FormData();
  body.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch('/api/experts/import', {
      method: 'POST',
      headers: { Accept: 'application/json', 'Accept-Language': currentLocale(), 'x-csrf-token': csrfToken },
      credentials: 'same-origin',
      body,
    });
  } catch {
    throw new ApiError(0, 'network/unreachable', i18n.t('errors.network'));
  }
  const data: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    if (isErrorBody(data))
      throw new ApiError(response.status, data.code, data.message, data.clause, data.details ?? []);
    throw new ApiError(
      response.status,
      'http/unexpected',
      i18n.t('errors.unexpected', { status: response.status }),
    );
  }
  return data as ApiAnswer<'/api/experts/import', 'post'>;
}

const id = (value: string) => ({ params: { path: { id: value } } });

export const expertsApi = {
  create: (input: ExpertInput) => answer(typedApi.POST('/api/experts', { body: input })),
  /** Based on the revision the form loaded: a stale update answers 409 record/conflict. */
  update: (expertId: string, revision: number, input: ExpertInput) =>
    answer(typedApi.PUT('/api/experts/{id}', { ...id(expertId), body: { ...input, revision } })),
  setStatus: (expertId: string, status: ExpertStatus, reason: string) =>
    answer(typedApi.POST('/api/experts/{id}/status', { ...id(expertId), body: { status, reason } })),
  issueActivation: (expertId: string) => answer(typedApi.POST('/api/experts/{id}/activation', id(expertId))),
  importSheet: uploadSheet,
  application: (applicationId: string): Promise<ApplicationHeading> =>
    answer(typedApi.GET('/api/applications/{id}', id(applicationId))),

  recordConflict: (conflict: NewConflict) => answer(typedApi.POST('/api/conflicts', { body: conflict })),
  decideConflict: (conflictId: string, status: 'confirmed' | 'dismissed', reason: string) =>
    answer(typedApi.POST('/api/conflicts/{id}/decision', { ...id(conflictId), body: { status, reason } })),
  detectConflicts: (cycleId: string) =>
    answer(typedApi.POST('/api/cycles/{cycleId}/conflict-detection', { params: { path: { cycleId } } })),
};

/** The expert's own side (role expert). */
export const myApi = {
  respond: (commitmentId: string, response: 'confirmed' | 'declined', reason: string) =>
    answer(
      typedApi.POST('/api/my/panels/{commitmentId}/response', {
        params: { path: { commitmentId } },
        body: { response, reason },
      }),
    ),
  acceptUndertaking: (cycleId: string) =>
    answer(typedApi.POST('/api/my/undertakings', { body: { cycleId } })),
  declareConflict: (organisationId: string, evidence: string) =>
    answer(
      typedApi.POST('/api/my/conflicts', {
        body: { organisationId, kind: 'declared_by_expert', evidence },
      }),
    ),
};
