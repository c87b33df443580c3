import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClauseResult, EligibilityReport } from '../../../../../src/eligibility/core/eligibility.js';
import { useLocale } from '../../../i18n/useLocale.js';
import { EligibleTag, PriorityTag, VerdictTag } from './StatusTags.js';

/** The overall verdict and the priority flag of Art. 8(5). */
export function EligibilitySummary({ report }: { report: EligibilityReport }) {
  const { t } = useTranslation('intake');
  const counts = {
    fail: report.results.filter((r) => r.verdict === 'fail').length,
    check: report.results.filter((r) => r.verdict === 'needs-check').length,
  };
  return (
    <Flex wrap gap={8} align="center" className="eligibility-summary">
      <EligibleTag eligible={report.eligible} />
      {report.priority.flagged && <PriorityTag />}
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {t('eligibility.counts', { fail: counts.fail, check: counts.check, total: report.results.length })}
      </Typography.Text>
    </Flex>
  );
}

/** One clause: verdict, label, what it asks, and why the engine decided so. */
export function ClauseRow({
  result,
  action,
  extra,
}: {
  result: ClauseResult;
  action?: ReactNode;
  extra?: ReactNode;
}) {
  const { local } = useLocale();
  return (
    <li className={`clause-row clause-row--${result.verdict}`} data-clause={result.key}>
      <Flex gap={8} align="baseline" wrap>
        <VerdictTag verdict={result.verdict} />
        <span className="clause-row__label">{local(result.label)}</span>
        <span className="clause-row__summary">{local(result.summary)}</span>
        {action && <span className="clause-row__action">{action}</span>}
      </Flex>
      <div className="clause-row__reason">{local(result.reason)}</div>
      {extra}
    </li>
  );
}

/** Every clause of Art. 8, Art. 9 and Art. 20 with its verdict and reason. */
export function EligibilityList({
  report,
  compact = false,
}: {
  report: EligibilityReport;
  compact?: boolean;
}) {
  return (
    <ul className={compact ? 'clause-list clause-list--compact' : 'clause-list'}>
      {report.results.map((result) => (
        <ClauseRow key={result.key} result={result} />
      ))}
    </ul>
  );
}
