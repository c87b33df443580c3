import type { Readable } from 'node:stream';
import type { RequestContext } from '../../accounts/request-context.js';
import type { Locale } from '../../platform/i18n/localized.js';
import { formatShanghaiDateTime } from '../../platform/kernel/time.js';
import {
  type AccessLogFilter,
  type AccessLogRow,
  logAccess,
  readAccessLogBatches,
} from '../access-log-repository.js';
import { ACCESS_EVENT_NAMES, nameOf, RECORD_TYPES } from '../core/log-vocabulary.js';
import { FILTER_NAMES, givenFilters, type LogColumn, streamLogWorkbook } from '../log-workbook.js';

const BATCH = 500;

function columns(locale: Locale): LogColumn<AccessLogRow>[] {
  return [
    { header: { zh: '序号', en: 'No.' }, width: 8, value: (e) => e.id },
    {
      header: { zh: '时间（北京时间）', en: 'Time (Beijing)' },
      width: 20,
      value: (e) => formatShanghaiDateTime(e.at),
    },
    { header: { zh: '用户', en: 'User' }, width: 18, value: (e) => e.displayName },
    { header: { zh: '用户名', en: 'Username' }, width: 18, value: (e) => e.username },
    {
      header: { zh: '事件', en: 'Event' },
      width: 18,
      value: (e) => nameOf(ACCESS_EVENT_NAMES, e.event, locale),
    },
    { header: { zh: '事件代码', en: 'Event code' }, width: 16, value: (e) => e.event },
    {
      header: { zh: '记录类型', en: 'Record type' },
      width: 14,
      value: (e) => nameOf(RECORD_TYPES, e.recordType, locale),
    },
    { header: { zh: '记录编号', en: 'Record id' }, width: 38, value: (e) => e.recordId },
    { header: { zh: '客户端地址', en: 'Client address' }, width: 16, value: (e) => e.clientIp },
    { header: { zh: '浏览器', en: 'User agent' }, width: 40, value: (e) => e.userAgent },
  ];
}

/**
 * The access log as an .xlsx file, with the filters of the auditor's page, newest first. The
 * export is written to the log first, so the file names its own making.
 */
export async function exportAccessLog(
  context: RequestContext,
  filter: AccessLogFilter,
  days: { from?: string | undefined; to?: string | undefined },
  locale: Locale,
): Promise<Readable> {
  await logAccess(context.db, {
    userId: context.actor?.id ?? null,
    username: context.actor?.username ?? null,
    event: 'export',
    recordType: 'access-log',
    recordId: null,
    clientIp: context.clientIp,
    userAgent: context.userAgent,
  });
  const filters = givenFilters([
    [FILTER_NAMES.person, filter.search],
    [FILTER_NAMES.event, filter.event && nameOf(ACCESS_EVENT_NAMES, filter.event, locale)],
    [FILTER_NAMES.recordType, filter.recordType && nameOf(RECORD_TYPES, filter.recordType, locale)],
    [FILTER_NAMES.recordId, filter.recordId],
    [FILTER_NAMES.from, days.from],
    [FILTER_NAMES.to, days.to],
  ]);
  const title = { zh: '访问日志', en: 'Access log' };
  return streamLogWorkbook(
    readAccessLogBatches(context.db, filter, BATCH),
    columns(locale),
    { title, filters, madeAt: context.clock() },
    locale,
  );
}
