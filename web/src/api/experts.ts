import type { ConflictKind } from '../../../src/experts/core/conflicts.js';
import type { Page } from './usePaging.js';
import type { ExpertProfile, ExpertStatus } from '../../../src/experts/core/expert.js';
import type { IndustrySection } from '../../../src/organisations/core/organisation.js';
import { currentLocale, i18n } from '../i18n/i18n.js';
import { api, ApiError, type ApiAnswer, currentCsrfToken, query, type ErrorDetail } from './client.js';

/** What the Office records about an expert, as sent to the server. */
export type ExpertInput = ExpertProfile;

/** An expert as the pool lists them: identity number masked (from the generated API types). */
export type Expert = ApiAnswer<'/api/experts'>['items'][number];

export type ConflictStatus = Conflict['status'];
export type ConflictSource = Conflict['source'];

export type Conflict = ApiAnswer<'/api/conflicts'>['items'][number];

/** One expert with the whole identity number and their conflicts (Office only). */
export type ExpertDetail = ApiAnswer<'/api/experts/{id}'>;

export interface ExpertFilter {
  search?: string;
  industry?: IndustrySection;
  status?: ExpertStatus;
  canLead?: 'true' | 'false';
  page?: number;
  pageSize?: number;
}

export interface NewConflict {
  expertId: string;
  organisationId: string;
  kind: ConflictKind;
  evidence: string;
  since?: string | null;
}

/** A cycle as the staff list shows it (GET /api/cycles). */
export interface CycleSummary {
  id: string;
  programmeId: string;
  year: number;
  stage: string;
}

/** A line of GET /api/applications: enough to pick an application for a panel. */
export interface ApplicationSummary {
  id: string;
  cycleId: string;
  cycleYear: number;
  organisationName: string;
  creditCode: string;
  status: string;
}

/** The parts of GET /api/applications/:id the expert pages need. */
export interface ApplicationHeading {
  id: string;
  organisation: { id: string; name: string } | null;
}

/** A panel the signed-in expert was drawn onto (GET /api/my/panels). */
export type MyPanel = ApiAnswer<'/api/my/panels'>['items'][number];

export const EXPERT_TEMPLATE_URL = '/api/experts/template.xlsx';
export const EXPERT_EXPORT_URL = '/api/experts/export.xlsx';

export const expertsPath = (filter: ExpertFilter = {}) => `/experts${query({ ...filter })}`;

function isErrorBody(
  value: unknown,
): value is { code: string; message: string; clause?: string; details?: ErrorDetail[] } {
  return typeof value === 'object' && value !== null && 'code' in value && 'message' in value;
}

/** Sends the filled-in sheet as multipart (the JSON client does not do files). */
async function uploadSheet(file: File): Promise<{ imported: number }> {
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
  return data as { imported: number };
}

const id = (value: string) => encodeURIComponent(value);

export const expertsApi = {
  list: (filter: ExpertFilter = {}) => api.get<Page<Expert>>(expertsPath(filter)),
  get: (expertId: string) => api.get<ExpertDetail>(`/experts/${id(expertId)}`),
  create: (input: ExpertInput) => api.post<ExpertDetail>('/experts', input),
  /** Based on the revision the form loaded: a stale update answers 409 record/conflict. */
  update: (expertId: string, revision: number, input: ExpertInput) =>
    api.put<ExpertDetail>(`/experts/${id(expertId)}`, { ...input, revision }),
  setStatus: (expertId: string, status: ExpertStatus, reason: string) =>
    api.post<Expert>(`/experts/${id(expertId)}/status`, { status, reason }),
  issueActivation: (expertId: string) =>
    api.post<{ username: string; code: string; expiresAt: string }>(`/experts/${id(expertId)}/activation`),
  importSheet: uploadSheet,

  conflicts: (status?: ConflictStatus) => api.get<{ items: Conflict[] }>(`/conflicts${query({ status })}`),
  recordConflict: (conflict: NewConflict) => api.post<{ id: string }>('/conflicts', conflict),
  decideConflict: (conflictId: string, status: 'confirmed' | 'dismissed', reason: string) =>
    api.post<void>(`/conflicts/${id(conflictId)}/decision`, { status, reason }),
  detectConflicts: (cycleId: string) =>
    api.post<{ suggested: number }>(`/cycles/${id(cycleId)}/conflict-detection`),

  cycles: () => api.get<{ items: CycleSummary[] }>('/cycles'),
  applications: (cycleId: string, status?: string) =>
    api.get<{ items: ApplicationSummary[] }>(`/applications${query({ cycleId, status })}`),
  application: (applicationId: string) => api.get<ApplicationHeading>(`/applications/${id(applicationId)}`),
};

/** The expert's own side (role expert). */
export const myApi = {
  panels: () => api.get<{ items: MyPanel[]; total: number }>('/my/panels'),
  respond: (commitmentId: string, response: 'confirmed' | 'declined', reason: string) =>
    api.post<void>(`/my/panels/${id(commitmentId)}/response`, { response, reason }),
  acceptUndertaking: (cycleId: string) =>
    api.post<{ acceptedAt: string; version: string }>('/my/undertakings', { cycleId }),
  declareConflict: (organisationId: string, evidence: string) =>
    api.post<{ id: string }>('/my/conflicts', { organisationId, kind: 'declared_by_expert', evidence }),
};
