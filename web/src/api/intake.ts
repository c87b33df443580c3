import type { Page } from './usePaging.js';
import type { ApplicationForm } from '../../../src/applications/core/application-form.js';
import type { ChecklistItem } from '../../../src/applications/core/application-checklist.js';
import type { ApplicationStatus } from '../../../src/applications/core/application-status.js';
import type { ApplicationWindow, CycleStage } from '../../../src/cycles/core/cycle-stages.js';
import type { CycleAnnouncement, CyclePlan } from '../../../src/cycles/cycles-repository.js';
import type { EligibilityReport } from '../../../src/eligibility/core/eligibility.js';
import type { IndustrySection, OrganisationKind } from '../../../src/organisations/core/organisation.js';
import type { ArticleRef } from '../../../src/programmes/programme.types.js';
import { currentLocale, i18n } from '../i18n/i18n.js';
import { api, ApiError, type ApiAnswer, currentCsrfToken, query } from './client.js';

export type {
  ApplicationForm,
  ApplicationStatus,
  ChecklistItem,
  CycleAnnouncement,
  CyclePlan,
  EligibilityReport,
};

// ── Cycles ──────────────────────────────────────────────────────────────────────────────────

/** A cycle as the server presents it, with the stages the caller may move it to now. */
export interface Cycle {
  id: string;
  programmeId: string;
  frameworkId: string;
  year: number;
  stage: CycleStage;
  announcementDate: string;
  applicationDeadline: string;
  plan: CyclePlan;
  announcement: CycleAnnouncement;
  criteriaApprovedAt: string | null;
  publishedAt: string | null;
  window: ApplicationWindow;
  transitions: CycleStage[];
}

export interface PublicCycles {
  serverTime: string;
  items: Cycle[];
}

/** What the Office enters for a cycle (the deadline is ISO 8601 with the +08:00 offset). */
export interface CycleInput {
  frameworkId: string;
  announcementDate: string;
  applicationDeadline: string;
  plan: CyclePlan;
  announcement: CycleAnnouncement;
}

export interface FrameworkSummary {
  id: string;
  title: { zh: string; en: string };
  totalPoints: number;
}

export const cyclesApi = {
  create: (cycle: CycleInput & { programmeId: string; year: number }) => api.post<Cycle>('/cycles', cycle),
  update: (id: string, cycle: CycleInput) => api.put<Cycle>(`/cycles/${encodeURIComponent(id)}`, cycle),
  move: (id: string, to: CycleStage) => api.post<Cycle>(`/cycles/${encodeURIComponent(id)}/stage`, { to }),
};

// ── Organisations ───────────────────────────────────────────────────────────────────────────

export interface Organisation {
  id: string;
  creditCode: string;
  name: string;
  kind: OrganisationKind;
  address: string;
  townId: number;
  departmentId: number;
  legalRepresentative: string;
  industry: IndustrySection;
  registrationDate: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string | null;
  createdAt: string;
}

export interface Registration {
  organisation: Omit<Organisation, 'id' | 'createdAt'>;
  account: { username: string; displayName: string; password: string; email?: string; phone?: string };
}

export const organisationsApi = {
  register: (registration: Registration) => api.post<Organisation>('/organisations/register', registration),
};

// ── Applications ────────────────────────────────────────────────────────────────────────────

export type EndorsementKind = 'locality' | 'department';
export type FilePurpose = 'evidence' | 'self-assessment-report' | 'endorsement' | 'other';

// The shapes below are the server's, from the generated API types (npm run api:types).
type View = ApiAnswer<'/api/applications/{id}'>;

export type StoredFile = View['files'][number];
export type Endorsement = View['endorsements'][number];
export type SubmittedVersion = View['versions'][number];

export interface VerdictOverride {
  key: string;
  verdict: 'pass' | 'fail';
  reason: string;
}

export type CheckDecision = 'accepted' | 'returned' | 'rejected';

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

export interface ApplicationFilter {
  cycleId?: string;
  status?: ApplicationStatus;
  search?: string;
  page?: number;
  pageSize?: number;
}

export interface PreliminaryDecision {
  decision: CheckDecision;
  note: string;
  resubmitBy?: string;
  clause?: ArticleRef;
  overrides: VerdictOverride[];
}

const path = (id: string, rest = '') => `/applications/${encodeURIComponent(id)}${rest}`;

export const applicationsPath = (filter: ApplicationFilter = {}) => `/applications${query({ ...filter })}`;

export const applicationsApi = {
  list: (filter: ApplicationFilter = {}) => api.get<Page<ApplicationSummary>>(applicationsPath(filter)),
  get: (id: string) => api.get<ApplicationView>(path(id)),
  start: (cycleId: string) => api.post<ApplicationView>('/applications', { cycleId }),
  saveForm: (id: string, revision: number, form: ApplicationForm) =>
    api.put<ApplicationView>(path(id, '/form'), { revision, form }),
  requestEndorsement: (id: string) => api.post<ApplicationView>(path(id, '/endorsement-request')),
  endorse: (
    id: string,
    opinion: { decision: 'agreed' | 'returned'; comments: string; fileId?: string | null },
  ) => api.post<ApplicationView>(path(id, '/endorsements'), opinion),
  submit: (id: string) => api.post<SubmittedVersion>(path(id, '/submission')),
  extend: (id: string, deadline: string, reason: string) =>
    api.post<ApplicationView>(path(id, '/extension'), { deadline, reason }),
  decide: (id: string, decision: PreliminaryDecision) =>
    api.post<ApplicationView>(path(id, '/decision'), decision),
};

/** Where a stored file downloads from (the server logs every download, Art. 25). */
export const fileUrl = (fileId: string) => `/api/files/${encodeURIComponent(fileId)}`;

export const receiptUrl = (applicationId: string, version: number) =>
  `/api${path(applicationId, `/versions/${version}/receipt.pdf`)}`;

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
