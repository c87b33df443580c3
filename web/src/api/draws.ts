import type { PoolDocument } from '../../../src/draws/core/eligible-pool.js';
import type { DrawOutcome, PanelState, SeatEvent } from '../../../src/draws/core/panel-seats.js';
import type { DrawVerdict } from '../../../src/draws/core/verify-draw.js';
import type { IndustrySection } from '../../../src/organisations/core/organisation.js';
import { api } from './client.js';

export type { DrawOutcome, DrawVerdict, PanelState, PoolDocument, SeatEvent };

/** One draw as anyone may see it: the published inputs and, once drawn, the revealed secret and outcome. */
export interface PublicDraw {
  /** The commitment's id: one per freeze of the pool (a redraw freezes anew). */
  id: string;
  panel: { id: string; name: string; industries: IndustrySection[]; cycleYear: number };
  /** 1 for the first draw of the panel, 2 for its first redraw… */
  sequence: number;
  /** Why a redraw was made; empty for the first draw. */
  reason: string;
  frozenAt: string;
  poolDocument: PoolDocument;
  poolHash: string;
  commitment: string;
  size: number;
  reserves: number;
  drawn: null | {
    publicValue: string;
    supervisorName: string;
    secret: string;
    seed: string;
    outcome: DrawOutcome;
    drawnAt: string;
    events: SeatEvent[];
    current: PanelState;
  };
}

export interface PublicDrawSummary {
  id: string;
  panelName: string;
  industries: IndustrySection[];
  cycleYear: number;
  sequence: number;
  frozenAt: string;
  drawnAt: string | null;
}

export type PanelStateName = 'planned' | 'frozen' | 'drawn';

/** A panel for the Office: the plan, its draws in order, and names for the experts it shows. */
export interface Panel {
  id: string;
  cycleId: string;
  name: string;
  industries: IndustrySection[];
  size: number;
  reserves: number;
  applicationIds: string[];
  /** The applications reviewed, with their applicants' names. */
  applications: { id: string; organisationId: string | null; organisationName: string | null }[];
  /** Applicants' names by organisation id (the pool's conflict reasons name organisations). */
  organisations: Record<string, string>;
  createdAt: string;
  draws: PublicDraw[];
  experts: Record<string, { name: string; employer: string; canLead: boolean } | null>;
  state: PanelStateName;
}

export interface NewPanel {
  name: string;
  industries: IndustrySection[];
  applicationIds: string[];
  size: number;
  reserves: number;
}

const id = (value: string) => encodeURIComponent(value);

export const drawsApi = {
  panels: (cycleId: string) => api.get<{ items: Panel[]; total: number }>(`/cycles/${id(cycleId)}/panels`),
  createPanel: (cycleId: string, panel: NewPanel) => api.post<Panel>(`/cycles/${id(cycleId)}/panels`, panel),
  panel: (panelId: string) => api.get<Panel>(`/panels/${id(panelId)}`),
  /** Step 1 (or a redraw, which needs its reason). */
  freeze: (panelId: string, reason?: string) =>
    api.post<Panel>(`/panels/${id(panelId)}/freeze`, reason ? { reason } : {}),
  /** Steps 2–4: the supervisor's value; the draw is made and the secret revealed. */
  draw: (panelId: string, publicValue: string, supervisorName: string) =>
    api.post<Panel>(`/panels/${id(panelId)}/draw`, { publicValue, supervisorName }),
  replaceDeclined: (panelId: string, expertCode: string) =>
    api.post<Panel>(`/panels/${id(panelId)}/replacements`, { expertCode }),

  publicDraws: () => api.get<{ items: PublicDrawSummary[]; total: number }>('/public/draws'),
  publicDraw: (drawId: string) => api.get<PublicDraw>(`/public/draws/${id(drawId)}`),
  verify: (drawId: string) => api.get<DrawVerdict>(`/public/draws/${id(drawId)}/verification`),
};

/** The published JSON, as `npm run draw:verify` reads it. */
export const publicDrawUrl = (drawId: string) => `/api/public/draws/${id(drawId)}`;
