import { AppError } from '../platform/errors/app-error.js';
import { isIsoDate, shanghaiDate } from '../platform/kernel/time.js';
import type { CycleDraft } from './cycles-repository.js';

/** The dates must make sense together before a cycle is saved (the stage guards check them again). */
export function checkCycleDates(
  draft: Pick<CycleDraft, 'announcementDate' | 'applicationDeadline' | 'year' | 'plan'>,
) {
  const problems: { zh: string; en: string }[] = [];
  if (!isIsoDate(draft.announcementDate))
    problems.push({ zh: '公告日期无效', en: 'the announcement date is not a date' });
  else if (shanghaiDate(draft.applicationDeadline) <= draft.announcementDate) {
    problems.push({
      zh: '申报截止时间须晚于公告日期',
      en: 'the deadline must fall after the announcement date',
    });
  }
  if (Math.abs(Number(draft.announcementDate.slice(0, 4)) - draft.year) > 1) {
    problems.push({ zh: '公告日期与年度不符', en: 'the announcement date does not belong to the year' });
  }
  for (const [key, value] of Object.entries(draft.plan)) {
    if (value !== undefined && !isIsoDate(value))
      problems.push({ zh: `计划日期 ${key} 无效`, en: `planned date ${key} is not a date` });
  }
  if (problems.length > 0) {
    throw new AppError('cycle/invalid', {
      params: {
        reason: { zh: problems.map((p) => p.zh).join('；'), en: problems.map((p) => p.en).join('; ') },
      },
    });
  }
}
