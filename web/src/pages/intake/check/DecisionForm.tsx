import { Alert, Button, Card, DatePicker, Form, Input, Radio, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { openClauses } from '../../../../../src/applications/core/preliminary-check.js';
import {
  applicationsApi,
  type ApplicationView,
  type CheckDecision,
  type PreliminaryDecision,
  type VerdictOverride,
} from '../../../api/intake.js';
import { ConfirmDialog } from '../../../components/ConfirmDialog.js';
import { articleLabel } from '../../../i18n/articleLabel.js';
import { useLocale } from '../../../i18n/useLocale.js';
import { beijingDate } from '../shared/beijingTime.js';

interface Values {
  decision: CheckDecision;
  note?: string;
  resubmitBy?: Dayjs;
  clause?: string;
  /** What the Office checked, by clause key, for each clause still 待核实. */
  checked?: Record<string, string | undefined>;
}

/**
 * The preliminary check's decision (Art. 15): accept; return saying what to fix and by when; or
 * reject citing the clause of Art. 8 or 9. Overrides of automatic verdicts travel with it. An
 * acceptance lists the clauses still 待核实 and asks what was checked on each (the server refuses
 * it otherwise); every decision is confirmed first, saying what it does.
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
  const [form] = Form.useForm<Values>();
  const decision = Form.useWatch('decision', form);
  const [asked, setAsked] = useState<PreliminaryDecision>();
  const results = application.eligibility.results;
  const overridden = new Map(overrides.map((o) => [o.key, o.verdict]));
  const standingFailures = results.filter((r) => r.verdict === 'fail' && overridden.get(r.key) !== 'pass');
  const unexplained = overrides.filter((o) => o.reason.trim().length < 2);
  // Open before any note: the clauses needing a check that the Office has not overridden here.
  const toCheck = openClauses(results, overrides, []);
  const today = beijingDate(Date.parse(application.serverTime));

  const ask = (values: Values) => {
    const clause = results.find((r) => r.key === values.clause)?.ref;
    setAsked({
      decision: values.decision,
      note: values.note?.trim() ?? '',
      ...(values.decision === 'returned' && values.resubmitBy
        ? { resubmitBy: values.resubmitBy.format('YYYY-MM-DD') }
        : {}),
      ...(values.decision === 'rejected' && clause ? { clause } : {}),
      overrides: overrides.map((o) => ({ ...o, reason: o.reason.trim() })),
      ...(values.decision === 'accepted'
        ? {
            acknowledgements: toCheck.map((r) => ({
              key: r.key,
              note: values.checked?.[r.key]?.trim() ?? '',
            })),
          }
        : {}),
    });
  };

  const effects = (sent: PreliminaryDecision): string[] => {
    const lines = [
      sent.decision === 'accepted'
        ? t('check.effects.accepted')
        : sent.decision === 'returned'
          ? t('check.effects.returned', { date: sent.resubmitBy ?? '' })
          : t('check.effects.rejected', { clause: sent.clause ? local(articleLabel(sent.clause)) : '' }),
    ];
    if (sent.acknowledgements?.length)
      lines.push(t('check.effects.checked', { count: sent.acknowledgements.length }));
    if (sent.overrides.length) lines.push(t('check.effects.overrides', { count: sent.overrides.length }));
    lines.push(t('check.effects.seen'));
    return lines;
  };

  return (
    <Card
      title={t('check.decisionTitle')}
      styles={{ header: { borderTop: '3px solid var(--primary-blue)' } }}
      data-testid="decision-form"
    >
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ clause: results.find((r) => r.verdict === 'fail')?.key }}
        onFinish={ask}
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
        {decision === 'accepted' && toCheck.length > 0 && (
          <div data-testid="clauses-to-check">
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              title={t('check.toCheckTitle', { count: toCheck.length })}
              description={t('check.toCheckText')}
            />
            {toCheck.map((r) => (
              <Form.Item
                key={r.key}
                name={['checked', r.key]}
                label={`${local(r.label)} ${local(r.summary)}`}
                extra={local(r.reason)}
                rules={[
                  {
                    validator: (_, value: string | undefined) =>
                      (value ?? '').trim().length >= 2
                        ? Promise.resolve()
                        : Promise.reject(new Error(t('check.checkedRequired', { clause: local(r.label) }))),
                  },
                ]}
              >
                <Input.TextArea
                  autoSize={{ minRows: 1, maxRows: 4 }}
                  maxLength={2000}
                  placeholder={t('check.checkedPlaceholder')}
                  aria-label={t('check.checkedFor', { clause: local(r.label) })}
                />
              </Form.Item>
            ))}
          </div>
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
        <Button type="primary" htmlType="submit" block disabled={unexplained.length > 0}>
          {t('check.submit')}
        </Button>
      </Form>
      {asked && (
        <ConfirmDialog<ApplicationView>
          open
          title={t(`check.confirm.${asked.decision}`)}
          effects={effects(asked)}
          clause={local(articleLabel({ article: 15 }))}
          irreversible={asked.decision !== 'returned'}
          okText={t(`check.decisions.${asked.decision}`)}
          danger={asked.decision === 'rejected'}
          send={() => applicationsApi.decide(application.id, asked)}
          invalidates={['/applications']}
          success={t(`check.decided.${asked.decision}`)}
          onDone={(view) => {
            setAsked(undefined);
            form.resetFields();
            onDecided(view);
          }}
          onClose={() => setAsked(undefined)}
        />
      )}
    </Card>
  );
}
