import { App, Button, Card, Flex, Form, Input, Radio, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../api/client.js';
import { applicationsApi, type ApplicationView, type StoredFile } from '../../../api/intake.js';
import { asApiError } from '../../../api/useApiData.js';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert.js';
import { FileLink } from '../shared/files.js';
import { DOCUMENT_TYPES, FileUpload } from '../shared/FileUpload.js';

interface Values {
  decision: 'agreed' | 'returned';
  comments: string;
}

/**
 * The endorser's opinion (Art. 14): agree, or return with comments saying what to change, with
 * the signed opinion document attached if there is one.
 */
export function OpinionForm({
  application,
  onRecorded,
}: {
  application: ApplicationView;
  onRecorded: (view: ApplicationView) => void;
}) {
  const { t } = useTranslation('intake');
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const decision = Form.useWatch('decision', form);
  const [document, setDocument] = useState<StoredFile>();
  const [error, setError] = useState<ApiError>();
  const [saving, setSaving] = useState(false);
  const kind = application.abilities.endorseAs[0];
  if (!kind) return null;

  const submit = async (values: Values) => {
    setSaving(true);
    setError(undefined);
    try {
      const view = await applicationsApi.endorse(application.id, {
        decision: values.decision,
        comments: values.comments?.trim() ?? '',
        fileId: document?.id ?? null,
      });
      void message.success(t(values.decision === 'agreed' ? 'endorse.agreedDone' : 'endorse.returnedDone'));
      onRecorded(view);
    } catch (reason) {
      setError(asApiError(reason));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card
      title={t('endorse.formTitle')}
      styles={{ header: { borderTop: '3px solid var(--primary-blue)' } }}
      data-testid="opinion-form"
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t('endorse.formLead', { kind: t(`endorse.kinds.${kind}`) })}
      </Typography.Paragraph>
      {error && <ApiErrorAlert error={error} />}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(values) => void submit(values)}
        requiredMark={false}
      >
        <Form.Item
          name="decision"
          label={t('endorse.decision')}
          rules={[{ required: true, message: t('endorse.decisionRequired') }]}
        >
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={[
              { value: 'agreed', label: t('endorse.agree') },
              { value: 'returned', label: t('endorse.return') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="comments"
          label={t('endorse.comments')}
          rules={[
            {
              required: decision === 'returned',
              whitespace: true,
              message: t('endorse.commentsRequired'),
            },
          ]}
          extra={decision === 'returned' ? t('endorse.returnHelp') : t('endorse.commentsHelp')}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item label={t('endorse.document')} extra={t('endorse.documentHelp')}>
          <Flex wrap gap={8} align="center">
            {document && <FileLink file={document} />}
            <FileUpload
              applicationId={application.id}
              purpose="endorsement"
              accept={DOCUMENT_TYPES}
              label={document ? t('endorse.replaceDocument') : t('endorse.uploadDocument')}
              onUploaded={setDocument}
            />
          </Flex>
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={saving} block>
          {t('endorse.submit')}
        </Button>
      </Form>
    </Card>
  );
}
