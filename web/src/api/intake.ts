import type { ApplicationForm } from '../../../src/applications/core/application-form.js';
import type { ChecklistItem } from '../../../src/applications/core/application-checklist.js';
import type { ApplicationStatus } from '../../../src/applications/core/application-status.js';
import type { CycleStage } from '../../../src/cycles/core/cycle-stages.js';
import type { EligibilityReport } from '../../../src/eligibility/core/eligibility.js';
import { currentLocale, i18n } from '../i18n/i18n.js';
import {
  answer,
  ApiError,
  type ApiAnswer,
  type ApiBody,
  type ApiQuery,
  currentCsrfToken,
  query,
  typedApi,
} from './client.js';
import { useApi } from './useApi.js';
import type { ApiData } from './useApiData.js';

export type { ApplicationForm, ApplicationStatus, ChecklistItem, EligibilityReport };

// The shapes below are the server's, from the generated API types (npm run api:types).

// ── Cycles ──────────────────────────────────────────────────────────────────────────────────

/** A cycle as the server presents it, with the stages the caller may move it to now. */
export type Cycle = ApiAnswer<'/api/cycles/{id}'>;

export type CyclePlan = Cycle['plan'];
export type CycleAnnouncement = Cycle['announcement'];

export type PublicCycles = ApiAnswer<'/api/public/cycles'>;

/** What the Office enters for a cycle (the deadline is ISO 8601 with the +08:00 offset). */
export type CycleInput = ApiBody<'/api/cycles/{id}', 'put'>;

export type FrameworkSummary = ApiAnswer<'/api/frameworks'>['items'][number];

const id = (value: string) => ({ params: { path: { id: value } } });

export const cyclesApi = {
  create: (cycle: ApiBody<'/api/cycles'>) => answer(typedApi.POST('/api/cycles', { body: cycle })),
  update: (cycleId: string, cycle: CycleInput) =>
    answer(typedApi.PUT('/api/cycles/{id}', { ...id(cycleId), body: cycle })),
  move: (cycleId: string, to: CycleStage) =>
    answer(typedApi.POST('/api/cycles/{id}/stage', { ...id(cycleId), body: { to } })),
};

// ── Organisations ───────────────────────────────────────────────────────────────────────────

export type Organisation = ApiAnswer<'/api/organisations/register', 'post'>;

export type Registration = ApiBody<'/api/organisations/register'>;

export const organisationsApi = {
  register: (registration: Registration) =>
    answer(typedApi.POST('/api/organisations/register', { body: registration })),
};

// ── Applications ────────────────────────────────────────────────────────────────────────────

type View = ApiAnswer<'/api/applications/{id}'>;

export type StoredFile = View['files'][number];
export type Endorsement = View['endorsements'][number];
export type EndorsementKind = Endorsement['kind'];
export type SubmittedVersion = View['versions'][number];
export type FilePurpose = ApiQuery<'/api/applications/{id}/files', 'post'>['purpose'];

export type PreliminaryDecision = ApiBody<'/api/applications/{id}/decision'>;
export type CheckDecision = PreliminaryDecision['decision'];
export type VerdictOverride = PreliminaryDecision['overrides'][number];

/** The Office's last preliminary-check decision, as the applicant and the Office see it. */
export type LastDecision = NonNullable<View['lastDecision']>;

/**
 * One application with what the caller may do now; buttons follow `abilities`. The form, the
 * checklist and the eligibility report keep the kernel's types, which the browser's checks take.
 */
export type ApplicationView = Omit<View, 'form' | 'checklist' | 'eligibility'> & {
  form: ApplicationForm;
  checklist: ChecklistItem[];
  eligibility: EligibilityReport;
};

/** A line of the application list. */
export type ApplicationSummary = ApiAnswer<'/api/applications'>['items'][number];

export type ApplicationFilter = ApiQuery<'/api/applications'>;

const path = (id: string, rest = '') => `/applications/${encodeURIComponent(id)}${rest}`;

/** The view answered by every application route, with the kernel's types for its checked parts. */
const view = (call: Promise<View>) => call as Promise<ApplicationView>;

export const applicationsApi = {
  list: (filter: ApplicationFilter = {}) =>
    answer(typedApi.GET('/api/applications', { params: { query: filter } })),
  get: (appId: string) => view(answer(typedApi.GET('/api/applications/{id}', id(appId)))),
  start: (cycleId: string) => view(answer(typedApi.POST('/api/applications', { body: { cycleId } }))),
  saveForm: (appId: string, revision: number, form: ApplicationForm) =>
    view(answer(typedApi.PUT('/api/applications/{id}/form', { ...id(appId), body: { revision, form } }))),
  requestEndorsement: (appId: string) =>
    view(answer(typedApi.POST('/api/applications/{id}/endorsement-request', id(appId)))),
  endorse: (appId: string, opinion: ApiBody<'/api/applications/{id}/endorsements'>) =>
    view(answer(typedApi.POST('/api/applications/{id}/endorsements', { ...id(appId), body: opinion }))),
  submit: (appId: string) => answer(typedApi.POST('/api/applications/{id}/submission', id(appId))),
  extend: (appId: string, deadline: string, reason: string) =>
    view(
      answer(typedApi.POST('/api/applications/{id}/extension', { ...id(appId), body: { deadline, reason } })),
    ),
  decide: (appId: string, decision: PreliminaryDecision) =>
    view(answer(typedApi.POST('/api/applications/{id}/decision', { ...id(appId), body: decision }))),
};

/** One application as the server presents it to the caller. */
export const useApplicationView = (appId: string) =>
  useApi('/api/applications/{id}', { path: { id: appId } }) as ApiData<ApplicationView>;

/** Where a stored file downloads from (the server logs every download, Art. 25). */
export const fileUrl = (fileId: string) => `/api/files/${encodeURIComponent(fileId)}`;

export const receiptUrl = (applicationId: string, version: number) =>
  `/api${path(applicationId, `/versions/${version}/receipt.pdf`)}`;

/** The application printed as a 申报书, for the organisation and the Office. */
export const documentUrl = (applicationId: string) => `/api${path(applicationId, '/document.pdf')}`;

/**
 * Same-origin PUT of the draft that outlives the page (keepalive), for a tab being closed
 * between two autosaves. Its answer is not awaited by anyone.
 */
export function saveFormOnLeave(id: string, revision: number, form: ApplicationForm): void {
  void fetch(`/api${path(id, '/form')}`, {
    method: 'PUT',
    keepalive: true,
    credentials: 'same-origin',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/json',
      'Accept-Language': currentLocale(),
      'x-csrf-token': currentCsrfToken(),
    },
    body: JSON.stringify({ revision, form }),
  }).catch(() => undefined);
}

function errorFromXhr(xhr: XMLHttpRequest): ApiError {
  try {
    const body = JSON.parse(xhr.responseText) as {
      code?: string;
      message?: string;
      clause?: string;
      details?: { path: string; message: string }[];
    };
    if (body.code && body.message) {
      return new ApiError(xhr.status, body.code, body.message, body.clause, body.details ?? []);
    }
  } catch {
    // Not JSON: fall through to the generic message.
  }
  return xhr.status === 0
    ? new ApiError(0, 'network/unreachable', i18n.t('errors.network'))
    : new ApiError(xhr.status, 'http/unexpected', i18n.t('errors.unexpected', { status: xhr.status }));
}

/**
 * Uploads one file as multipart/form-data (field "file"), reporting progress in percent. The
 * server streams it to storage and checks its type by content; a refusal comes back as ApiError.
 */
export function uploadApplicationFile(
  applicationId: string,
  purpose: FilePurpose,
  file: Blob & { name?: string },
  onProgress: (percent: number) => void,
): { promise: Promise<StoredFile>; abort: () => void } {
  const xhr = new XMLHttpRequest();
  const promise = new Promise<StoredFile>((resolve, reject) => {
    xhr.open('POST', `/api${path(applicationId, `/files${query({ purpose })}`)}`);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', currentLocale());
    xhr.setRequestHeader('x-csrf-token', currentCsrfToken());
    xhr.withCredentials = true;
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onload = () => {
      if (xhr.status === 201) resolve(JSON.parse(xhr.responseText) as StoredFile);
      else reject(errorFromXhr(xhr));
    };
    xhr.onerror = () => reject(errorFromXhr(xhr));
    xhr.onabort = () => reject(new ApiError(0, 'client/aborted', i18n.t('errors.network')));
    const body = new FormData();
    body.append('file', file, file.name ?? 'file');
    xhr.send(body);
  });
  return { promise, abort: () => xhr.abort() };
}
