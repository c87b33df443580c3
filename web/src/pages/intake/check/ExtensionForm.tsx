import { Button, Card, DatePicker, Flex, Form, Input, TimePicker, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { applicationsApi, type ApplicationView } from '../../../api/intake.js';
import { useApiMutation } from '../../../api/useApiMutation.js';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert.js';
import { formatDateTime } from '../../../i18n/format.js';
import { useLocale } from '../../../i18n/useLocale.js';
import { beijingIso } from '../shared/beijingTime.js';

interface Values {
  date: Dayjs;
  time: Dayjs;
  reason: string;
}

/** The Office extends the deadline for this applicant alone, with a written reason (Art. 14). */
export function ExtensionForm({
  application,
  onExtended,
}: {
  application: ApplicationView;
  onExtended: (view: ApplicationView) => void;
}) {
  const { t } = useTranslation('intake');
  const { locale } = useLocale();
  const [form] = Form.useForm<Values>();
  const extend = useApiMutation<Values, ApplicationView>(
    (values) =>
      applicationsApi.extend(
        application.id,
        beijingIso(values.date.format('YYYY-MM-DD'), values.time.format('HH:mm:ss')),
        values.reason.trim(),
      ),
    {
      invalidates: ['/applications'],
      success: t('check.extended'),
      onSuccess: (view) => {
        form.resetFields();
        onExtended(view);
      },
    },
  );
  const failure = extend.failure;

  return (
    <Card size="small" title={t('check.extensionTitle')}>
      <Typography.Paragraph type="secondary" style={{ marginTop: 0, fontSize: 13 }}>
        {t('check.extensionLead', { time: formatDateTime(application.cycle.applicationDeadline, locale) })}
      </Typography.Paragraph>
      {application.extension && (
        <Typography.Paragraph style={{ fontSize: 13 }}>
          {t('check.extensionCurrent', {
            time: formatDateTime(application.extension.deadline, locale),
            reason: application.extension.reason ?? '',
          })}
        </Typography.Paragraph>
      )}
      {failure && <ApiErrorAlert error={failure.error} unplaced={failure.unplaced} />}
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ time: dayjs('17:00:00', 'HH:mm:ss') }}
        onFinish={(values) => void extend.submit(values)}
      >
        <Form.Item label={t('check.extensionDeadline')} required>
          <Flex gap={8}>
            <Form.Item
              name="date"
              noStyle
              rules={[{ required: true, message: t('check.extensionDateRequired') }]}
            >
              <DatePicker style={{ flex: 1 }} format="YYYY-MM-DD" aria-label={t('cycles.deadlineDate')} />
            </Form.Item>
            <Form.Item
              name="time"
              noStyle
              rules={[{ required: true, message: t('check.extensionDateRequired') }]}
            >
              <TimePicker style={{ width: 120 }} format="HH:mm:ss" aria-label={t('cycles.deadlineTime')} />
            </Form.Item>
          </Flex>
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('check.extensionReason')}
          rules={[{ required: true, whitespace: true, min: 2, message: t('check.extensionReasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
        <Button htmlType="submit" loading={extend.pending} disabled={extend.pending} block>
          {t('check.extend')}
        </Button>
      </Form>
    </Card>
  );
}
