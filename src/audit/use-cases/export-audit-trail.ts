import type { Readable } from 'node:stream';
import { findDisplayNames } from '../../accounts/accounts-repository.js';
import type { RequestContext } from '../../accounts/request-context.js';
import type { Locale, LocalizedText } from '../../platform/i18n/localized.js';
import { formatShanghaiDateTime } from '../../platform/kernel/time.js';
import { logAccess } from '../access-log-repository.js';
import { readAuditBatches, type AuditFilter } from '../audit-repository.js';
import type { ChainedEntry } from '../core/audit-chain.js';
import { AUDIT_ACTIONS, nameOf, RECORD_TYPES } from '../core/log-vocabulary.js';
import { cellText, FILTER_NAMES, givenFilters, type LogColumn, streamLogWorkbook } from '../log-workbook.js';

const BATCH = 500;

type Row = ChainedEntry & { actorName: string; realActorName: string };

const json = (value: unknown) =>
  value === null || value === undefined ? '' : cellText(JSON.stringify(value));

function columns(locale: Locale): LogColumn<Row>[] {
  return [
    { header: { zh: '序号', en: 'No.' }, width: 8, value: (e) => e.id },
    {
      header: { zh: '时间（北京时间）', en: 'Time (Beijing)' },
      width: 20,
      value: (e) => formatShanghaiDateTime(new Date(e.at)),
    },
    { header: { zh: '操作人', en: 'Actor' }, width: 18, value: (e) => e.actorName },
    { header: { zh: '实际操作人', en: 'Real actor' }, width: 18, value: (e) => e.realActorName },
    {
      header: { zh: '操作', en: 'Action' },
      width: 26,
      value: (e) => nameOf(AUDIT_ACTIONS, e.action, locale),
    },
    { header: { zh: '操作代码', en: 'Action code' }, width: 26, value: (e) => e.action },
    {
      header: { zh: '记录类型', en: 'Record type' },
      width: 14,
      value: (e) => nameOf(RECORD_TYPES, e.recordType, locale),
    },
    { header: { zh: '记录编号', en: 'Record id' }, width: 38, value: (e) => e.recordId },
    { header: { zh: '客户端地址', en: 'Client address' }, width: 16, value: (e) => e.clientIp },
    { header: { zh: '修改前', en: 'Before' }, width: 40, value: (e) => json(e.before) },
    { header: { zh: '修改后', en: 'After' }, width: 40, value: (e) => json(e.after) },
    { header: { zh: '前一条哈希', en: 'Previous hash' }, width: 20, value: (e) => e.prevHash },
    { header: { zh: '本条哈希', en: 'Hash' }, width: 20, value: (e) => e.hash },
  ];
}

const SYSTEM: LocalizedText = { zh: '系统', en: 'System' };

/**
 * The audit trail as an .xlsx file, with the filters of the auditor's page, newest first. The
 * export is itself written to the access log (who took which part of the trail, when, from where).
 */
export async function exportAuditTrail(
  context: RequestContext,
  filter: AuditFilter,
  days: { from?: string | undefined; to?: string | undefined },
  locale: Locale,
): Promise<Readable> {
  await logAccess(context.db, {
    userId: context.actor?.id ?? null,
    username: context.actor?.username ?? null,
    event: 'export',
    recordType: 'audit-trail',
    recordId: null,
    clientIp: context.clientIp,
    userAgent: context.userAgent,
  });
  const system = locale === 'en' ? SYSTEM.en : SYSTEM.zh;
  async function* named(): AsyncGenerator<Row[]> {
    for await (const batch of readAuditBatches(context.db, filter, BATCH)) {
      const names = await findDisplayNames(
        context.db,
        batch.flatMap((e) => [e.actorId, e.realActorId]),
      );
      yield batch.map((e) => ({
        ...e,
        actorName: e.actorId ? (names.get(e.actorId) ?? e.actorId) : system,
        realActorName:
          e.realActorId && e.realActorId !== e.actorId ? (names.get(e.realActorId) ?? e.realActorId) : '',
      }));
    }
  }
  const filters = givenFilters([
    [FILTER_NAMES.person, filter.person],
    [FILTER_NAMES.action, filter.action && nameOf(AUDIT_ACTIONS, filter.action, locale)],
    [FILTER_NAMES.recordType, filter.recordType && nameOf(RECORD_TYPES, filter.recordType, locale)],
    [FILTER_NAMES.recordId, filter.recordId],
    [FILTER_NAMES.from, days.from],
    [FILTER_NAMES.to, days.to],
  ]);
  const title = { zh: '审计日志', en: 'Audit trail' };
  return streamLogWorkbook(named(), columns(locale), { title, filters, madeAt: context.clock() }, locale);
}
