import { Button, Flex, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ClauseResult } from '../../../../../src/eligibility/core/eligibility.js';
import type { VerdictOverride } from '../../../api/intake.js';
import { useLocale } from '../../../i18n/useLocale.js';

/** Starts overriding the automatic verdict on a clause. */
export function OverrideButton({
  result,
  onStart,
}: {
  result: ClauseResult;
  onStart: (value: VerdictOverride) => void;
}) {
  const { t } = useTranslation('intake');
  const { local } = useLocale();
  return (
    <Button
      size="small"
      type="link"
      style={{ padding: 0, height: 'auto' }}
      onClick={() =>
        onStart({ key: result.key, verdict: result.verdict === 'pass' ? 'fail' : 'pass', reason: '' })
      }
      aria-label={t('check.overrideFor', { clause: local(result.label) })}
    >
      {t('check.override')}
    </Button>
  );
}

/** The Office's own verdict on one clause, replacing the automatic one; the reason is required and audited. */
export function OverrideEditor({
  result,
  value,
  onChange,
}: {
  result: ClauseResult;
  value: VerdictOverride;
  onChange: (value: VerdictOverride | undefined) => void;
}) {
  const { t } = useTranslation('intake');
  const { local } = useLocale();
  const label = local(result.label);
  return (
    <div className="override-editor" data-override={result.key}>
      <Flex wrap gap={8} align="center">
        <span>{t('check.overrideTo')}</span>
        <Radio.Group
          size="small"
          optionType="button"
          value={value.verdict}
          onChange={(e) => onChange({ ...value, verdict: e.target.value as 'pass' | 'fail' })}
          options={[
            { value: 'pass', label: t('verdict.pass') },
            { value: 'fail', label: t('verdict.fail') },
          ]}
          aria-label={t('check.overrideVerdict', { clause: label })}
        />
        <Button size="small" type="link" onClick={() => onChange(undefined)}>
          {t('check.overrideCancel')}
        </Button>
      </Flex>
      <Input.TextArea
        aria-label={t('check.overrideReason', { clause: label })}
        placeholder={t('check.overrideReasonPlaceholder')}
        autoSize={{ minRows: 2, maxRows: 6 }}
        maxLength={2000}
        value={value.reason}
        status={value.reason.trim().length < 2 ? 'warning' : undefined}
        onChange={(e) => onChange({ ...value, reason: e.target.value })}
        style={{ marginTop: 6 }}
      />
    </div>
  );
}
