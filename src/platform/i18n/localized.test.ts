import { describe, expect, it } from 'vitest';
import type { Locale } from './localized.js';
import { DEFAULT_LOCALE, LOCALES, localeFromAcceptLanguage, pick } from './localized.js';

describe('LOCALES', () => {
  it('speaks Simplified Chinese and English, Chinese by default', () => {
    expect(LOCALES).toEqual(['zh-CN', 'en']);
    expect(DEFAULT_LOCALE).toBe('zh-CN');
  });
});

describe('pick', () => {
  const text = { zh: '质量奖', en: 'Quality award' };

  it('picks English for en', () => {
    expect(pick(text, 'en')).toBe('Quality award');
  });

  it('picks Chinese for zh-CN', () => {
    expect(pick(text, 'zh-CN')).toBe('质量奖');
  });

  it('returns an empty translation as it is rather than falling back', () => {
    expect(pick({ zh: '质量奖', en: '' }, 'en')).toBe('');
  });
});

describe('localeFromAcceptLanguage', () => {
  it.each<[string | undefined, Locale]>([
    [undefined, 'zh-CN'],
    ['', 'zh-CN'],
    ['en-US,en;q=0.9', 'en'],
    ['zh-CN', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh-Hant-HK', 'zh-CN'],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['fr-FR, en;q=0.5', 'en'],
    ['fr-FR,de;q=0.9,zh;q=0.1', 'zh-CN'],
    ['en;q=0.2, zh;q=0.8', 'zh-CN'],
    ['zh;q=0.2, en;q=0.8', 'en'],
    ['de', 'zh-CN'],
    ['de-DE, fr;q=0.8, ja;q=0.5', 'zh-CN'],
    ['*', 'zh-CN'],
  ])('%j → %s', (header, expected) => {
    expect(localeFromAcceptLanguage(header)).toBe(expected);
  });

  describe('q-values', () => {
    it('prefers the higher weight over the earlier position', () => {
      expect(localeFromAcceptLanguage('zh-CN;q=0.5, en')).toBe('en');
      expect(localeFromAcceptLanguage('en;q=0.5, zh-CN;q=0.6')).toBe('zh-CN');
    });

    it('keeps header order among equal weights', () => {
      expect(localeFromAcceptLanguage('en, zh')).toBe('en');
      expect(localeFromAcceptLanguage('zh, en')).toBe('zh-CN');
      expect(localeFromAcceptLanguage('en;q=0.5, zh;q=0.5')).toBe('en');
      expect(localeFromAcceptLanguage('zh;q=0.5, en;q=0.5')).toBe('zh-CN');
    });

    it('treats a missing q as 1', () => {
      expect(localeFromAcceptLanguage('zh;q=0.99, en')).toBe('en');
      expect(localeFromAcceptLanguage('en;q=1, zh')).toBe('en');
    });

    it('ignores languages marked q=0 (not acceptable)', () => {
      expect(localeFromAcceptLanguage('en;q=0')).toBe('zh-CN');
      expect(localeFromAcceptLanguage('en;q=0, fr')).toBe('zh-CN');
      expect(localeFromAcceptLanguage('en;q=0.0, de;q=0.9')).toBe('zh-CN');
      expect(localeFromAcceptLanguage('zh;q=0, en;q=0.001')).toBe('en');
    });

    it('finds q among other parameters and tolerates spaces', () => {
      expect(localeFromAcceptLanguage('zh;q=0.3, en ; level=1 ; q=0.7')).toBe('en');
      expect(localeFromAcceptLanguage('  en-US  ;  q=0.9  ,  zh ; q=0.8 ')).toBe('en');
    });

    it('treats a parameter other than q as not changing the weight', () => {
      expect(localeFromAcceptLanguage('zh;q=0.9, en;level=1')).toBe('en');
    });
  });

  it('matches language tags case-insensitively', () => {
    expect(localeFromAcceptLanguage('EN-us')).toBe('en');
    expect(localeFromAcceptLanguage('ZH-hans-CN')).toBe('zh-CN');
    expect(localeFromAcceptLanguage('fr, EN;q=0.5')).toBe('en');
  });

  describe('garbage input', () => {
    it.each([
      ';',
      ',',
      ';;;,,,',
      ' , ; ',
      'q=1',
      ';q=1',
      '🙂',
      'x'.repeat(10_000),
      '\u0000',
      'en;q=abc',
      'en;q=',
    ])('%j falls back to zh-CN without throwing', (header) => {
      expect(localeFromAcceptLanguage(header)).toBe('zh-CN');
    });

    it('still finds a language among empty and broken ranges', () => {
      expect(localeFromAcceptLanguage(',,en')).toBe('en');
      expect(localeFromAcceptLanguage('de;q=abc, ;q=0.5, en;q=0.4')).toBe('en');
      expect(localeFromAcceptLanguage('en;q=abc, zh;q=0.1')).toBe('zh-CN');
      expect(localeFromAcceptLanguage('zh;q=abc, en;q=0.1')).toBe('en');
    });

    it('ignores a non-finite q rather than ranking it first', () => {
      expect(localeFromAcceptLanguage('zh;q=0.1, en;q=Infinity')).toBe('zh-CN');
      expect(localeFromAcceptLanguage('zh;q=0.1, en;q=1e400')).toBe('zh-CN');
    });
  });
});
