import { INDUSTRY_NAMES } from '../organisations/core/industries.js';
import type { IndustrySection } from '../organisations/core/organisation.js';
import { AppError } from '../platform/errors/app-error.js';
import type { LocalizedText } from '../platform/i18n/localized.js';
import { articleLabel } from '../programmes/catalogue.js';
import type { DrawRefusal, DrawResult, EligibleListsV2, PanelBounds } from './core/draw.js';
import { drawPanel } from './core/draw.js';
import type { EligibleExpert } from './core/eligible-pool.js';
import type { PanelRecord } from './panels-repository.js';

/** The panel's industry group as people call it: 制造业、建筑业. */
export function industryLabelOf(panel: Pick<PanelRecord, 'industries' | 'name'>): LocalizedText {
  const names = panel.industries.map((s) => INDUSTRY_NAMES[s as IndustrySection] ?? { zh: s, en: s });
  return {
    zh: `${panel.name}（${names.map((n) => n.zh).join('、')}）`,
    en: `${panel.name} (${names.map((n) => n.en).join(', ')})`,
  };
}

export function tryDraw(
  seedHex: string,
  pool: readonly EligibleExpert[] | EligibleListsV2,
  panel: Pick<PanelRecord, 'size' | 'reserves'>,
  industryLabel: LocalizedText,
  bounds: PanelBounds,
): DrawResult {
  return drawPanel({
    seedHex,
    pool,
    size: panel.size,
    leaders: 1,
    reserves: panel.reserves,
    bounds,
    industryLabel,
  });
}

export function refusalError(refusal: DrawRefusal): AppError {
  const code =
    refusal.problem === 'no-leader'
      ? 'draw/no-leader'
      : refusal.problem === 'pool-too-small'
        ? 'draw/pool-too-small'
        : 'draw/invalid-panel';
  return new AppError(code, { params: { reason: refusal.message }, clause: articleLabel(refusal.clause) });
}

/** A freeze while the previous commitment still awaits its draw. */
export const alreadyFrozen = (): AppError =>
  new AppError('draw/state', {
    params: {
      reason: { zh: '本组的专家库已冻结，等待抽取', en: 'the pool is already frozen and awaits its draw' },
    },
  });

/** An answer or replacement for a draw that a redraw has since replaced. */
export const supersededDraw = (): AppError =>
  new AppError('draw/state', {
    params: {
      reason: { zh: '该次抽取已被重新抽取取代', en: 'this draw has been replaced by a redraw' },
    },
  });
