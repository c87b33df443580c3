import { Alert, App, Button, Card, DatePicker, Form, Input, Radio, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../api/client.js';
import {
  applicationsApi,
  type ApplicationView,
  type CheckDecision,
  type VerdictOverride,
} from '../../../api/intake.js';
import { asApiError } from '../../../api/useApiData.js';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert.js';
import { useLocale } from '../../../i18n/useLocale.js';
import { beijingDate } from '../shared/beijingTime.js';

interface Values {
  decision: CheckDecision;
  note?: string;
  resubmitBy?: Dayjs;
  clause?: string;
}

/**
 * The preliminary check's decision (Art. 15): accept; return saying what to fix and by when; or
 * reject citing the clause of Art. 8 or 9. Overrides of automatic verdicts travel with it.
 */
export function DecisionForm({
  application,
  overrides,
  onDecided,
}: {
  application: ApplicationView;
  overrides: VerdictOverride[];
  onDecided: (view: ApplicationView) => void;
}) {
  const { t } = useTranslation('intake');
  const { local } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const decision = Form.useWatch('decision', form);
  const [error, setError] = useState<ApiError>();
  const [saving, setSaving] = useState(false);
  const results = application.eligibility.results;
  const overridden = new Map(overrides.map((o) => [o.key, o.verdict]));
  const standingFailures = results.filter((r) => r.verdict === 'fail' && overridden.get(r.key) !== 'pass');
  const unexplained = overrides.filter((o) => o.reason.trim().length < 2);
  const today = beijingDate(Date.parse(application.serverTime));

  const submit = async (values: Values) => {
    setSaving(true);
    setError(undefined);
    const clause = results.find((r) => r.key === values.clause)?.ref;
    try {
      const view = await applicationsApi.decide(application.id, {
        decision: values.decision,
        note: values.note?.trim() ?? '',
        ...(values.decision === 'returned' && values.resubmitBy
          ? { resubmitBy: values.resubmitBy.format('YYYY-MM-DD') }
          : {}),
        ...(values.decision === 'rejected' && clause ? { clause } : {}),
        overrides: overrides.map((o) => ({ ...o, reason: o.reason.trim() })),
      });
      void message.success(t(`check.decided.${values.decision}`));
      form.resetFields();
      onDecided(view);
    } catch (reason) {
      setError(asApiError(reason));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card
      title={t('check.decisionTitle')}
      styles={{ header: { borderTop: '3px solid var(--primary-blue)' } }}
      data-testid="decision-form"
    >
      {error && <ApiErrorAlert error={error} />}
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ clause: results.find((r) => r.verdict === 'fail')?.key }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item
          name="decision"
          label={t('check.decision')}
          rules={[{ required: true, message: t('check.decisionRequired') }]}
        >
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={(['accepted', 'returned', 'rejected'] as const).map((d) => ({
              value: d,
              label: t(`check.decisions.${d}`),
            }))}
          />
        </Form.Item>
        {decision === 'accepted' && standingFailures.length > 0 && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('check.acceptBlocked', {
              clauses: standingFailures.map((r) => local(r.label)).join(t('listSeparator')),
            })}
          />
        )}
        {decision === 'returned' && (
          <Form.Item
            name="resubmitBy"
            label={t('check.resubmitBy')}
            extra={t('check.resubmitByHelp')}
            rules={[{ required: true, message: t('check.resubmitByRequired') }]}
          >
            <DatePicker
              style={{ width: '100%' }}
              format="YYYY-MM-DD"
              disabledDate={(d) => d.format('YYYY-MM-DD') < today}
              defaultPickerValue={dayjs(today, 'YYYY-MM-DD')}
            />
          </Form.Item>
        )}
        {decision === 'rejected' && (
          <Form.Item
            name="clause"
            label={t('check.clause')}
            rules={[{ required: true, message: t('check.clauseRequired') }]}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={results.map((r) => ({
                value: r.key,
                label: `${local(r.label)} ${local(r.summary)}`,
              }))}
            />
          </Form.Item>
        )}
        <Form.Item
          name="note"
          label={
            decision === 'returned'
              ? t('check.fixes')
              : decision === 'rejected'
                ? t('check.rejectNote')
                : t('check.note')
          }
          rules={[
            {
              required: decision === 'returned' || decision === 'rejected',
              whitespace: true,
              message: t('check.noteRequired'),
            },
          ]}
        >
          <Input.TextArea rows={4} maxLength={4000} showCount />
        </Form.Item>
        {overrides.length > 0 && (
          <Typography.Paragraph type={unexplained.length ? 'warning' : 'secondary'} style={{ fontSize: 13 }}>
            {unexplained.length
              ? t('check.overridesUnexplained', { count: unexplained.length })
              : t('check.overridesIncluded', { count: overrides.length })}
          </Typography.Paragraph>
        )}
        <Button type="primary" htmlType="submit" block loading={saving} disabled={unexplained.length > 0}>
          {t('check.submit')}
        </Button>
      </Form>
    </Card>
  );
}
