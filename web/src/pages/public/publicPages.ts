import type { LocalizedText } from '../../../../src/platform/i18n/localized.js';

/**
 * The public pages the rules point a reader to, by the articles whose "what the platform does"
 * speaks of them. Only pages that exist are listed: the public notice (Art. 16) and the register
 * of winners (Art. 21) have no page yet, and are added here when they do — until then the rules
 * page links nothing for them, and says so.
 */
export type PublicPage = 'announcement' | 'draws';

export const PUBLIC_PAGE_NAMES: Record<PublicPage, LocalizedText> = {
  announcement: { zh: '本年度评审公告', en: "This year's announcement" },
  draws: { zh: '专家抽取公示', en: 'Public expert draws' },
};

/** Which pages each article's platform note speaks of (that exist). */
export const ARTICLE_PAGES: Readonly<Record<number, readonly PublicPage[]>> = {
  3: ['announcement', 'draws'],
  7: ['draws'],
  13: ['announcement'],
};

/** Articles whose platform note speaks of a page that does not exist yet: said plainly, not linked. */
export const ARTICLE_PAGES_TO_COME: Readonly<Record<number, LocalizedText>> = {
  3: {
    zh: '公示和获奖名单页面尚未开放，开放后在此处提供链接。',
    en: 'The public notice and winners pages are not open yet; links appear here once they are.',
  },
  6: {
    zh: '获奖单位经验分享页面尚未开放。',
    en: "The winners' shared-practice page is not open yet.",
  },
  16: {
    zh: '公示页面尚未开放：进入公示阶段后在此处提供链接。',
    en: 'The public notice page is not open yet; a link appears here when the notice begins.',
  },
  21: {
    zh: '获奖单位名录和证书查验页面尚未开放。',
    en: 'The register of winners and the certificate check are not open yet.',
  },
};
