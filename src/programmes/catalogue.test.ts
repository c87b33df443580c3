import { describe, expect, it } from 'vitest';
import { zhengzhouDemo2024 } from '../demo/rules/zhengzhou-demo-2024.js';
import {
  articleLabel,
  categoryLabel,
  chineseNumeral,
  findFramework,
  frameworkVersions,
  shippedRules,
} from './catalogue.js';
import { RULE_KINDS } from './core/rule-kinds.js';
import { checkRulesDocument } from './core/rules-document.js';
import type { ArticleRef, ProgrammeArticle, ProgrammeVersion } from './programme.types.js';
import { jinshui2011 } from './versions/jinshui-2011.js';

/** The lines of an article's zh text that start a numbered clause （一）（二）… */
function clauseLines(article: ProgrammeArticle): string[] {
  return article.text.zh.split('\n').filter((line) => /^（[一二三四五六七八九十]+）/.test(line));
}

function clauseLine(programme: ProgrammeVersion, ref: ArticleRef): string | undefined {
  const article = programme.articles.find((a) => a.number === ref.article);
  if (!article || ref.clause === undefined) return undefined;
  return clauseLines(article).find((line) => line.startsWith(`（${chineseNumeral(ref.clause!)}）`));
}

describe('chineseNumeral', () => {
  it.each([
    [1, '一'],
    [2, '二'],
    [9, '九'],
    [10, '十'],
    [11, '十一'],
    [19, '十九'],
    [20, '二十'],
    [21, '二十一'],
    [27, '二十七'],
    [90, '九十'],
    [99, '九十九'],
  ])('%i → %s', (n, expected) => {
    expect(chineseNumeral(n)).toBe(expected);
  });

  it.each([0, -1, 100, 1.5, Number.NaN])('refuses %s', (n) => {
    expect(() => chineseNumeral(n)).toThrow(RangeError);
  });
});

describe('articleLabel', () => {
  it('labels an article with a clause', () => {
    expect(articleLabel({ article: 9, clause: 5 })).toEqual({ zh: '第九条(五)', en: 'Art. 9(5)' });
  });

  it('labels an article without a clause', () => {
    expect(articleLabel({ article: 4 })).toEqual({ zh: '第四条', en: 'Art. 4' });
  });

  it('labels two-digit articles and clauses', () => {
    expect(articleLabel({ article: 27 })).toEqual({ zh: '第二十七条', en: 'Art. 27' });
    expect(articleLabel({ article: 10 })).toEqual({ zh: '第十条', en: 'Art. 10' });
    expect(articleLabel({ article: 8, clause: 1 })).toEqual({ zh: '第八条(一)', en: 'Art. 8(1)' });
  });
});

const programmeVersions = [...shippedRules.map((s) => s.document), zhengzhouDemo2024];

describe('catalogue', () => {
  it('ships jinshui-2011 and gbt19580-2012 with unique ids', () => {
    expect(shippedRules).toEqual([{ family: 'jinshui', document: jinshui2011 }]);
    expect(frameworkVersions.map((f) => f.id)).toContain('gbt19580-2012');
    expect(new Set(programmeVersions.map((p) => p.id)).size).toBe(programmeVersions.length);
    expect(new Set(frameworkVersions.map((f) => f.id)).size).toBe(frameworkVersions.length);
  });

  it('finds frameworks by id and returns undefined for unknown ids', () => {
    expect(findFramework('gbt19580-2012')?.totalPoints).toBe(1000);
    expect(findFramework('nope')).toBeUndefined();
  });

  it.each(programmeVersions.map((p) => [p.id, p] as const))(
    "resolves %s's default framework, passes the rules schema and cites an existing clause for every rule kind",
    (_id, programme) => {
      expect(findFramework(programme.defaultFrameworkId)).toBeDefined();
      expect(checkRulesDocument(programme)).toEqual([]);
      for (const kind of RULE_KINDS) {
        const ref = programme.clauses[kind];
        if (ref.clause === undefined) {
          expect(
            programme.articles.some((a) => a.number === ref.article),
            kind,
          ).toBe(true);
        } else expect(clauseLine(programme, ref), kind).toBeDefined();
      }
    },
  );

  it('labels the articles of conditions and exclusions from the data', () => {
    expect(categoryLabel(jinshui2011, 'condition')).toEqual({ zh: '第八条', en: 'Art. 8' });
    expect(categoryLabel(jinshui2011, 'exclusion')).toEqual({ zh: '第九条', en: 'Art. 9' });
    expect(categoryLabel(zhengzhouDemo2024, 'condition')).toEqual({ zh: '第六条', en: 'Art. 6' });
    expect(categoryLabel(zhengzhouDemo2024, 'exclusion')).toEqual({ zh: '第七条', en: 'Art. 7' });
  });
});

describe('programme zhengzhou-demo-2024 (the second demo programme)', () => {
  const p = zhengzhouDemo2024;
  const text = (n: number) => p.articles.find((a) => a.number === n)?.text.zh ?? '';

  it('is marked a demo, and its numbers differ from Jinshui 2011', () => {
    expect(p.title.zh).toContain('演示');
    expect(p.issuer.zh).toContain('虚构');
    const values = (v: typeof p) =>
      Object.fromEntries(Object.entries(v.parameters).map(([k, x]) => [k, x.value]));
    expect(values(p)).toMatchObject({
      jurisdictionRegionCode: '410100',
      maxWinnersPerYear: 5,
      panelSizeMin: 7,
      panelSizeMax: 7,
      publicNoticeMinDays: 7,
      titleValidityYears: 3,
    });
    for (const name of [
      'maxWinnersPerYear',
      'panelSizeMin',
      'publicNoticeMinDays',
      'titleValidityYears',
    ] as const)
      expect(p.parameters[name].value, name).not.toBe(jinshui2011.parameters[name].value);
  });

  it('agrees with the wording of the articles it cites', () => {
    const q = p.parameters;
    expect(text(q.maxWinnersPerYear.source.article)).toContain(`不超过${q.maxWinnersPerYear.value}个`);
    expect(text(q.panelSizeMin.source.article)).toContain(`由${q.panelSizeMin.value}名评审员组成`);
    expect(text(q.publicNoticeMinDays.source.article)).toContain(`不少于${q.publicNoticeMinDays.value}天`);
    expect(text(q.titleValidityYears.source.article)).toContain(`有效期为${q.titleValidityYears.value}年`);
    expect(clauseLine(p, q.minYearsInOperation.source)).toContain(`${q.minYearsInOperation.value}年以上`);
    expect(clauseLine(p, q.fraudLookbackYears.source)).toContain(`近${q.fraudLookbackYears.value}年内`);
    expect(clauseLine(p, p.clauses['department-recommendation'])).toContain('推荐');
    expect(clauseLine(p, p.clauses['award-fraud'])).toContain('弄虚作假');
    expect(clauseLine(p, p.clauses['tax-evasion'])).toContain('偷税漏税');
  });
});

describe('programme jinshui-2011', () => {
  const p = jinshui2011;

  it('identifies the founding document', () => {
    expect(p.id).toBe('jinshui-2011');
    expect(p.documentNumber).toBe('金政〔2011〕106号');
    expect(p.effectiveDate).toBe('2011-12-19');
    expect(p.defaultFrameworkId).toBe('gbt19580-2012');
    expect(p.title.zh).toBe('金水区区长质量奖评选实施细则');
  });

  it('has the 8 chapters numbered 1..8', () => {
    expect(p.chapters.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(p.chapters.map((c) => c.title.zh)).toEqual([
      '总则',
      '组织管理',
      '申报条件',
      '评审标准',
      '评审程序',
      '奖励及经费',
      '管理与监督',
      '附则',
    ]);
    for (const chapter of p.chapters) expect(chapter.title.en.trim()).not.toBe('');
  });

  it('has articles 1..27, each once and in order', () => {
    expect(p.articles.map((a) => a.number)).toEqual(Array.from({ length: 27 }, (_, i) => i + 1));
  });

  it('places every article in an existing chapter, as the document does', () => {
    const chapterNumbers = new Set(p.chapters.map((c) => c.number));
    for (const article of p.articles)
      expect(chapterNumbers.has(article.chapter), `Art. ${article.number}`).toBe(true);
    const firstArticleOfChapter = p.chapters.map(
      (c) => p.articles.find((a) => a.chapter === c.number)?.number,
    );
    expect(firstArticleOfChapter).toEqual([1, 5, 8, 10, 13, 17, 20, 27]);
    const chapters = p.articles.map((a) => a.chapter);
    expect([...chapters].sort((a, b) => a - b)).toEqual(chapters);
  });

  it('gives every article a title, both texts and the platform behaviour in zh and en', () => {
    for (const article of p.articles) {
      for (const text of [article.title, article.text, article.platform]) {
        expect(text.zh.trim(), `Art. ${article.number}`).not.toBe('');
        expect(text.en.trim(), `Art. ${article.number}`).not.toBe('');
      }
    }
  });

  it('keeps the original zh wording free of print layout (no spaces, page breaks or empty lines)', () => {
    for (const article of p.articles) {
      expect(article.text.zh, `Art. ${article.number}`).not.toMatch(/[ \t\r\f\u3000]|\n\n|^\n|\n$/);
      expect(article.text.zh, `Art. ${article.number}`).not.toMatch(/^第[一二三四五六七八九十]+条/);
    }
    expect(p.articles[0]?.text.zh.startsWith('为贯彻落实质量兴区工作要求')).toBe(true);
    expect(p.articles[26]?.text.zh).toBe('本评选实施细则自公布之日起实行。');
  });

  it('puts the numbered clauses of Art. 8 and Art. 9 on their own lines, in order', () => {
    const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];
    const art8 = p.articles.find((a) => a.number === 8)!;
    const art9 = p.articles.find((a) => a.number === 9)!;
    expect(clauseLines(art8).map((l) => l.slice(1, 2))).toEqual(numerals.slice(0, 6));
    expect(clauseLines(art9).map((l) => l.slice(1, 2))).toEqual(numerals);
    expect(art8.text.en.split('\n')).toHaveLength(7);
    expect(art9.text.en.split('\n')).toHaveLength(10);
    for (const article of p.articles.filter((a) => a.number !== 8 && a.number !== 9)) {
      expect(article.text.zh, `Art. ${article.number}`).not.toContain('\n');
    }
  });

  it("takes every parameter's source from an existing article and clause", () => {
    for (const [name, param] of Object.entries(p.parameters)) {
      const article = p.articles.find((a) => a.number === param.source.article);
      expect(article, name).toBeDefined();
      if (param.source.clause !== undefined) expect(clauseLine(p, param.source), name).toBeDefined();
      expect(param.label.zh.trim(), name).not.toBe('');
      expect(param.label.en.trim(), name).not.toBe('');
    }
  });

  it('ships the Jinshui 2011 parameter values', () => {
    const values = Object.fromEntries(Object.entries(p.parameters).map(([k, v]) => [k, v.value]));
    expect(values).toEqual({
      jurisdiction: '郑州市金水区',
      jurisdictionRegionCode: '410105',
      maxWinnersPerYear: 3,
      minimumQualifyingScorePercent: 60,
      minYearsInOperation: 5,
      minYearsQmsEffective: 3,
      accidentFreeYears: 3,
      lossFreeYears: 3,
      exclusionLookbackYears: 3,
      fraudLookbackYears: 3,
      panelSizeMin: 5,
      panelSizeMax: 7,
      leadersPerPanel: 1,
      publicNoticeMinDays: 14,
      prizePerWinnerYuan: 500000,
      titleValidityYears: 4,
      overviewMaxChars: 3000,
    });
    expect(p.parameters.panelSizeMin.value).toBeLessThanOrEqual(p.parameters.panelSizeMax.value);
    expect(p.parameters.minimumQualifyingScorePercent.label.en).toMatch(/default/i);
  });

  it('cites the articles the parameters come from', () => {
    const sources = Object.fromEntries(
      Object.entries(p.parameters).map(([k, v]) => [k, articleLabel(v.source).en]),
    );
    expect(sources).toEqual({
      jurisdiction: 'Art. 2',
      jurisdictionRegionCode: 'Art. 8(1)',
      maxWinnersPerYear: 'Art. 4',
      minimumQualifyingScorePercent: 'Art. 4',
      minYearsInOperation: 'Art. 8(1)',
      minYearsQmsEffective: 'Art. 8(2)',
      accidentFreeYears: 'Art. 8(3)',
      lossFreeYears: 'Art. 8(4)',
      exclusionLookbackYears: 'Art. 9(3)',
      fraudLookbackYears: 'Art. 9(5)',
      panelSizeMin: 'Art. 7',
      panelSizeMax: 'Art. 7',
      leadersPerPanel: 'Art. 7',
      publicNoticeMinDays: 'Art. 16',
      prizePerWinnerYuan: 'Art. 17',
      titleValidityYears: 'Art. 20',
      overviewMaxChars: 'Art. 14',
    });
  });

  it('agrees with the wording of the articles it cites', () => {
    const { parameters: q } = p;
    const text = (n: number) => p.articles.find((a) => a.number === n)?.text.zh ?? '';
    expect(clauseLine(p, q.jurisdiction.source) ?? text(q.jurisdiction.source.article)).toContain(
      q.jurisdiction.value,
    );
    for (const param of [
      q.minYearsInOperation,
      q.minYearsQmsEffective,
      q.accidentFreeYears,
      q.lossFreeYears,
    ]) {
      expect(clauseLine(p, param.source)).toContain(`${param.value}年`);
    }
    for (const param of [q.exclusionLookbackYears, q.fraudLookbackYears]) {
      expect(clauseLine(p, param.source)).toContain(`近${param.value}年内`);
    }
    expect(text(q.maxWinnersPerYear.source.article)).toContain(`不超过${q.maxWinnersPerYear.value}个`);
    expect(text(q.panelSizeMin.source.article)).toContain(
      `${q.panelSizeMin.value}—${q.panelSizeMax.value}名评审员`,
    );
    expect(text(q.leadersPerPanel.source.article)).toContain('组长负责制');
    expect(text(q.publicNoticeMinDays.source.article)).toContain('不少于两周');
    expect(q.publicNoticeMinDays.value).toBe(2 * 7);
    expect(text(q.prizePerWinnerYuan.source.article)).toContain(`${q.prizePerWinnerYuan.value / 10000}万元`);
    expect(text(q.titleValidityYears.source.article)).toContain(`有效期为${q.titleValidityYears.value}年`);
  });

  it('lists the town and sub-districts, each once, with pinyin names', () => {
    expect(p.localities[0]).toEqual({ zh: '庙李镇', en: 'Miaoli Town' });
    expect(p.localities).toContainEqual({ zh: '经八路街道', en: 'Jingbalu Sub-district' });
    expect(new Set(p.localities.map((l) => l.zh)).size).toBe(p.localities.length);
    expect(new Set(p.localities.map((l) => l.en)).size).toBe(p.localities.length);
    for (const locality of p.localities) {
      expect(locality.zh).toMatch(/(镇|街道)$/);
      expect(locality.en).toMatch(/^[A-Z][A-Za-z ]+ (Town|Sub-district)$/);
      expect(locality.zh.endsWith('镇')).toBe(locality.en.endsWith('Town'));
    }
  });
});
