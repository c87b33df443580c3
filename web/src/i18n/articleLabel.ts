import type { LocalizedText } from '../../../src/platform/i18n/localized.js';
import { chineseNumeral } from '../../../src/programmes/catalogue.js';

/** 第九条(五) / Art. 9(5): the programme catalogue's own labelling, so citations match the server's. */
export { articleLabel } from '../../../src/programmes/catalogue.js';

/** 第三章 / Chapter 3. */
export function chapterLabel(chapter: number): LocalizedText {
  return { zh: `第${chineseNumeral(chapter)}章`, en: `Chapter ${chapter}` };
}
