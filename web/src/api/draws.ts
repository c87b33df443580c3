import type { PoolDocument } from '../../../src/draws/core/eligible-pool.js';
import type { ExclusionsDocumentV2, PoolDocumentV2 } from '../../../src/draws/core/pool-v2.js';
import type { DrawOutcome, PanelState, SeatEvent } from '../../../src/draws/core/panel-seats.js';
import type { DrawVerdict } from '../../../src/draws/core/verify-draw.js';
import { answer, type ApiAnswer, type ApiBody, type GetInit, typedApi } from './client.js';
import { useApi } from './useApi.js';
import type { ApiData } from './useApiData.js';
import type { Page } from './usePaging.js';

export type {
  DrawOutcome,
  DrawVerdict,
  ExclusionsDocumentV2,
  PanelState,
  PoolDocument,
  PoolDocumentV2,
  SeatEvent,
};

/**
 * One draw as anyone may see it: the published inputs and, once drawn, the revealed secret and
 * outcome. The frozen pool is a v1 or a v2 document (its `format` says which).
 */
export type PublicDraw = ApiAnswer<'/api/public/draws/{id}'>;

/** A seat event as shown: the Office sees why an expert declined, the public does not. */
export type ShownSeatEvent = NonNullable<PublicDraw['drawn']>['events'][number];

/** A draw's kept excluded list (v2), for the Office and the auditor. */
export type DrawExclusions = ApiAnswer<'/api/draws/{id}/excluded'>;

export type PublicDrawSummary = ApiAnswer<'/api/public/draws'>['items'][number];

/** A panel for the Office: the plan, its draws in order, and names for the experts it shows. */
export type Panel = Omit<ApiAnswer<'/api/panels/{id}'>, 'draws'> & { draws: PublicDraw[] };

export type PanelStateName = Panel['state'];

export type NewPanel = ApiBody<'/api/cycles/{cycleId}/panels'>;

const path = <T extends string>(id: T) => ({ params: { path: { id } } });

export const drawsApi = {
  panels: (cycleId: string) =>
    answer(typedApi.GET('/api/cycles/{cycleId}/panels', { params: { path: { cycleId } } })) as Promise<{
      items: Panel[];
    }>,
  createPanel: (cycleId: string, panel: NewPanel) =>
    answer(
      typedApi.POST('/api/cycles/{cycleId}/panels', { params: { path: { cycleId } }, body: panel }),
    ) as Promise<Panel>,
  panel: (panelId: string) => answer(typedApi.GET('/api/panels/{id}', path(panelId))) as Promise<Panel>,
  /** Step 1 (or a redraw, which needs its reason). */
  freeze: (panelId: string, reason?: string) =>
    answer(
      typedApi.POST('/api/panels/{id}/freeze', { ...path(panelId), body: reason ? { reason } : {} }),
    ) as Promise<Panel>,
  /** Steps 2–4: the supervisor's value; the draw is made and the secret revealed. */
  draw: (panelId: string, publicValue: string, supervisorName: string) =>
    answer(
      typedApi.POST('/api/panels/{id}/draw', { ...path(panelId), body: { publicValue, supervisorName } }),
    ) as Promise<Panel>,
  replaceDeclined: (panelId: string, expertCode: string) =>
    answer(
      typedApi.POST('/api/panels/{id}/replacements', { ...path(panelId), body: { expertCode } }),
    ) as Promise<Panel>,

  publicDraws: () => answer(typedApi.GET('/api/public/draws')),
  publicDraw: (drawId: string) =>
    answer(typedApi.GET('/api/public/draws/{id}', path(drawId))) as Promise<PublicDraw>,
  verify: (drawId: string) => answer(typedApi.GET('/api/public/draws/{id}/verification', path(drawId))),
};

// The hooks below read the generated paths; the frozen pool is typed as the kernel's PoolDocument.

/** One panel for the Office. */
export const usePanel = (panelId: string) =>
  useApi('/api/panels/{id}', { path: { id: panelId } }) as ApiData<Panel>;

/** A page of a cycle's panels (null: no cycle chosen yet). */
export const usePanels = (init: GetInit<'/api/cycles/{cycleId}/panels'> | null) =>
  useApi('/api/cycles/{cycleId}/panels', init) as ApiData<Page<Panel>>;

/** One published draw. */
export const usePublicDraw = (drawId: string) =>
  useApi('/api/public/draws/{id}', { path: { id: drawId } }) as ApiData<PublicDraw>;

/** A v2 draw's kept excluded list (null: none to fetch). The Office's and the auditor's. */
export const useDrawExclusions = (drawId: string | null) =>
  useApi('/api/draws/{id}/excluded', drawId ? { path: { id: drawId } } : null);

/** The published JSON, as `npm run draw:verify` reads it. */
export const publicDrawUrl = (drawId: string) => `/api/public/draws/${encodeURIComponent(drawId)}`;
