import { Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { authApi } from '../../api/auth.js';
import type { ApiError } from '../../api/client.js';
import { asApiError } from '../../api/useApiData.js';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.js';
import { applyFieldErrors } from '../../components/fieldErrors.js';
import { OneTimeCode } from '../../components/OneTimeCode.js';
import { PageHeader } from '../../layout/PageHeader.js';
import { usePageTitle } from '../../layout/usePageTitle.js';

interface Values {
  creditCode: string;
  note: string;
}

type Issued = Awaited<ReturnType<typeof authApi.issueOrganisationReset>>;

/**
 * The Office issues a one-time reset code to an organisation that came with its business licence
 * (when mail cannot reach it); the code is shown once, the organisation sets its own password.
 */
export default function OrganisationResetPage() {
  const { t } = useTranslation();
  usePageTitle(t('orgReset.title'));
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<{ error: ApiError; unplaced: string[] }>();
  const [saving, setSaving] = useState(false);
  const [issued, setIssued] = useState<Issued>();

  const submit = async (values: Values) => {
    setSaving(true);
    setError(undefined);
    try {
      setIssued(
        await authApi.issueOrganisationReset(values.creditCode.trim().toUpperCase(), values.note.trim()),
      );
      form.resetFields();
    } catch (reason) {
      const apiError = asApiError(reason);
      setError({ error: apiError, unplaced: applyFieldErrors(form, apiError, ['creditCode', 'note']) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <PageHeader title={t('orgReset.title')} lead={t('orgReset.lead')} />
      <Card style={{ maxWidth: 640 }}>
        {issued ? (
          <>
            <Typography.Title level={2} style={{ fontSize: 18, marginTop: 0 }}>
              {t('orgReset.issuedFor', { organisation: issued.organisationName })}
            </Typography.Title>
            <OneTimeCode
              username={issued.username}
              code={issued.activation.code}
              expiresAt={issued.activation.expiresAt}
            />
            <Button style={{ marginTop: 16 }} onClick={() => setIssued(undefined)}>
              {t('orgReset.another')}
            </Button>
          </>
        ) : (
          <Form<Values> form={form} layout="vertical" requiredMark={false} onFinish={(v) => void submit(v)}>
            {error && <ApiErrorAlert error={error.error} unplaced={error.unplaced} />}
            <Form.Item
              name="creditCode"
              label={t('orgReset.creditCode')}
              rules={[
                { required: true, len: 18, whitespace: true, message: t('orgReset.creditCodeRequired') },
              ]}
            >
              <Input
                maxLength={18}
                spellCheck={false}
                style={{ fontFamily: 'var(--font-mono, monospace)' }}
              />
            </Form.Item>
            <Form.Item
              name="note"
              label={t('orgReset.note')}
              extra={t('orgReset.noteHelp')}
              rules={[{ required: true, min: 2, whitespace: true, message: t('orgReset.noteRequired') }]}
            >
              <Input.TextArea rows={3} maxLength={500} showCount />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={saving}>
              {t('orgReset.submit')}
            </Button>
          </Form>
        )}
      </Card>
    </>
  );
}
