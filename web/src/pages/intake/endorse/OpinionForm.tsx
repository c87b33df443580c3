import { Alert, Button, Card, Flex, Form, Input, Radio, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applicationsApi, type ApplicationView, type StoredFile } from '../../../api/intake.js';
import { ConfirmDialog } from '../../../components/ConfirmDialog.js';
import { articleLabel } from '../../../i18n/articleLabel.js';
import { useLocale } from '../../../i18n/useLocale.js';
import { FileLink } from '../shared/files.js';
import { DOCUMENT_TYPES, FileUpload } from '../shared/FileUpload.js';

type Opinion = 'agreed' | 'returned' | 'declined';

const OK_TEXT = { agreed: 'endorse.agree', returned: 'endorse.return', declined: 'endorse.decline' } as const;

interface Values {
  decision: Opinion;
  comments?: string;
}

/**
 * The endorser's opinion (Art. 14): agree; return with comments saying what to change; or decline
 * to recommend (不同意推荐) with the reason, which ends the application for the year. The signed
 * opinion document may be attached. Each is confirmed first, saying what it does.
 */
export function OpinionForm({
  application,
  onRecorded,
}: {
  application: ApplicationView;
  onRecorded: (view: ApplicationView) => void;
}) {
  const { t } = useTranslation('intake');
  const { local } = useLocale();
  const [form] = Form.useForm<Values>();
  const decision = Form.useWatch('decision', form);
  const [document, setDocument] = useState<StoredFile>();
  const [asked, setAsked] = useState<{ decision: Opinion; comments: string }>();
  const kind = application.abilities.endorseAs[0];
  if (!kind) return null;
  const kindName = t(`endorse.kinds.${kind}`);
  const needsReason = decision === 'returned' || decision === 'declined';

  const effects = (sent: { decision: Opinion; comments: string }) => [
    t(`endorse.effects.${sent.decision}`, { kind: kindName }),
    ...(sent.comments ? [t('endorse.effects.comments', { comments: sent.comments })] : []),
    ...(document ? [t('endorse.effects.document', { name: document.originalName })] : []),
    t('endorse.effects.final'),
  ];

  return (
    <Card
      title={t('endorse.formTitle')}
      styles={{ header: { borderTop: '3px solid var(--primary-blue)' } }}
      data-testid="opinion-form"
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t('endorse.formLead', { kind: kindName })}
      </Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(values) =>
          setAsked({ decision: values.decision, comments: values.comments?.trim() ?? '' })
        }
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
              { value: 'declined', label: t('endorse.decline') },
            ]}
          />
        </Form.Item>
        {decision === 'declined' && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('endorse.declineWarning')}
            data-testid="decline-warning"
          />
        )}
        <Form.Item
          name="comments"
          label={decision === 'declined' ? t('endorse.declineReason') : t('endorse.comments')}
          rules={[
            {
              validator: (_, value: string | undefined) =>
                !needsReason || (value ?? '').trim().length >= (decision === 'declined' ? 2 : 1)
                  ? Promise.resolve()
                  : Promise.reject(
                      new Error(
                        decision === 'declined'
                          ? t('endorse.declineReasonRequired')
                          : t('endorse.commentsRequired'),
                      ),
                    ),
            },
          ]}
          extra={
            decision === 'declined'
              ? t('endorse.declineHelp')
              : decision === 'returned'
                ? t('endorse.returnHelp')
                : t('endorse.commentsHelp')
          }
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
        <Button type="primary" htmlType="submit" block>
          {t('endorse.submit')}
        </Button>
      </Form>
      {asked && (
        <ConfirmDialog<ApplicationView>
          open
          title={t(`endorse.confirm.${asked.decision}`, { kind: kindName })}
          effects={effects(asked)}
          clause={local(articleLabel({ article: 14 }))}
          okText={t(OK_TEXT[asked.decision])}
          danger={asked.decision === 'declined'}
          send={() =>
            applicationsApi.endorse(application.id, {
              decision: asked.decision,
              comments: asked.comments,
              fileId: document?.id ?? null,
            })
          }
          invalidates={['/applications']}
          success={t(`endorse.${asked.decision}Done`)}
          onDone={(view) => {
            setAsked(undefined);
            onRecorded(view);
          }}
          onClose={() => setAsked(undefined)}
        />
      )}
    </Card>
  );
}
