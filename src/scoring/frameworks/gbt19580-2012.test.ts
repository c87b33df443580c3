import { describe, expect, it } from 'vitest';
import type { ItemKind } from '../framework.types.js';
import { gbt19580_2012 as framework } from './gbt19580-2012.js';

const items = framework.categories.flatMap((c) => c.items);
const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);

describe('GB/T 19580-2012 framework', () => {
  it('is identified as the default framework of the programme', () => {
    expect(framework.id).toBe('gbt19580-2012');
    expect(framework.standard).toBe('GB/T 19580-2012');
    expect(framework.percentStep).toBe(5);
  });

  it('has the seven categories 4.1–4.7 with their points', () => {
    expect(framework.categories.map((c) => [c.code, c.points])).toEqual([
      ['4.1', 110],
      ['4.2', 90],
      ['4.3', 90],
      ['4.4', 130],
      ['4.5', 100],
      ['4.6', 80],
      ['4.7', 400],
    ]);
  });

  it('has exactly 23 scored items with unique codes starting at x.2 inside their category', () => {
    expect(items).toHaveLength(23);
    expect(new Set(items.map((i) => i.code)).size).toBe(23);
    for (const category of framework.categories) {
      category.items.forEach((item, index) => {
        expect(item.code).toBe(`${category.code}.${index + 2}`);
      });
    }
  });

  it("sums each category's items to the category's points", () => {
    for (const category of framework.categories) {
      expect(sum(category.items.map((i) => i.points)), category.code).toBe(category.points);
    }
  });

  it('sums the categories to the total of 1000 points', () => {
    expect(framework.totalPoints).toBe(1000);
    expect(sum(framework.categories.map((c) => c.points))).toBe(framework.totalPoints);
    expect(sum(items.map((i) => i.points))).toBe(1000);
  });

  it('splits 600 points of process items (4.1–4.6) and 400 of results items (4.7)', () => {
    const byKind = (kind: ItemKind) => items.filter((i) => i.kind === kind);
    expect(sum(byKind('process').map((i) => i.points))).toBe(600);
    expect(sum(byKind('results').map((i) => i.points))).toBe(400);
    expect(byKind('process')).toHaveLength(17);
    expect(byKind('results')).toHaveLength(6);
    for (const item of items) {
      expect(item.kind, item.code).toBe(item.code.startsWith('4.7.') ? 'results' : 'process');
    }
  });

  it('titles every category and item in both languages', () => {
    for (const entry of [...framework.categories, ...items]) {
      expect(entry.title.zh.trim(), entry.code).not.toBe('');
      expect(entry.title.en.trim(), entry.code).not.toBe('');
    }
    expect(items.find((i) => i.code === '4.1.2')?.title.zh).toBe('高层领导的作用');
    expect(items.find((i) => i.code === '4.7.7')?.title.en).toBe('Leadership results');
  });

  it('has the six bands covering 0..100 in percent steps, without gaps or overlaps', () => {
    expect(framework.bands.map((b) => [b.minPercent, b.maxPercent])).toEqual([
      [0, 5],
      [10, 25],
      [30, 45],
      [50, 65],
      [70, 85],
      [90, 100],
    ]);
    const step = framework.percentStep;
    expect(framework.bands[0]?.minPercent).toBe(0);
    expect(framework.bands.at(-1)?.maxPercent).toBe(100);
    framework.bands.forEach((band, index) => {
      expect(band.minPercent % step).toBe(0);
      expect(band.maxPercent % step).toBe(0);
      expect(band.maxPercent).toBeGreaterThanOrEqual(band.minPercent);
      const next = framework.bands[index + 1];
      if (next) expect(next.minPercent).toBe(band.maxPercent + step);
    });
    // every allowed percentage falls in exactly one band
    for (let percent = 0; percent <= 100; percent += step) {
      const matching = framework.bands.filter((b) => b.minPercent <= percent && percent <= b.maxPercent);
      expect(matching, `${percent}%`).toHaveLength(1);
    }
  });

  it('describes every band for process and results items in both languages', () => {
    for (const band of framework.bands) {
      for (const text of [band.process.zh, band.process.en, band.results.zh, band.results.en]) {
        expect(text.length).toBeGreaterThan(20);
      }
    }
  });

  it('names the A-D-L-I and Le-T-C-I dimensions', () => {
    expect(framework.dimensions.process.map((d) => [d.key, d.title.zh])).toEqual([
      ['approach', '方法'],
      ['deployment', '展开'],
      ['learning', '学习'],
      ['integration', '整合'],
    ]);
    expect(framework.dimensions.results.map((d) => [d.key, d.title.zh])).toEqual([
      ['levels', '水平'],
      ['trends', '趋势'],
      ['comparisons', '对比'],
      ['integration', '整合'],
    ]);
  });
});
