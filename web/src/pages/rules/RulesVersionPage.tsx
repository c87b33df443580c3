import { ArrowLeftOutlined, CheckOutlined, SaveOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Flex,
  Form,
  Input,
  InputNumber,
  Skeleton,
  Table,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { RULE_KIND_NAMES, RULE_KINDS, type RuleKind } from '../../../../src/programmes/core/rule-kinds.js';
import { rulesVersionsApi, type RulesDocument, type RulesVersion } from '../../api/rulesVersions.js';
import { useApi } from '../../api/useApi.js';
import { useApiMutation } from '../../api/useApiMutation.js';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { articleLabel } from '../../i18n/articleLabel.js';
import { useLocale } from '../../i18n/useLocale.js';
import { ErrorState } from '../../layout/ErrorState.js';
import { PageHeader } from '../../layout/PageHeader.js';
import { RulesStatusTag } from './RulesVersionsPage.js';

type ParameterName = keyof RulesDocument['parameters'];
interface Ref {
  article: number;
  clause?: number | null;
}
interface Values {
  parameters: Record<ParameterName, { value: number | string; source: Ref }>;
  clauses: Record<RuleKind, Ref>;
}

const refOf = (ref: Ref) =>
  ref.clause ? { article: ref.article, clause: ref.clause } : { article: ref.article };

function valuesOf(document: RulesDocument): Values {
  const parameters = Object.fromEntries(
    Object.entries(document.parameters).map(([name, p]) => [
      name,
      { value: p.value, source: { ...p.source } },
    ]),
  ) as Values['parameters'];
  return { parameters, clauses: structuredClone(document.clauses) as Values['clauses'] };
}

/** The stored document with the edited numbers and articles (the rest of it is kept as it is). */
function documentOf(base: RulesDocument, values: Values): RulesDocument {
  const document = structuredClone(base);
  for (const name of Object.keys(document.parameters) as ParameterName[]) {
    const edited = values.parameters[name];
    const target = document.parameters[name] as { value: number | string; source: Ref };
    target.value = edited.value;
    target.source = refOf(edited.source);
  }
  for (const kind of RULE_KINDS) document.clauses[kind] = refOf(values.clauses[kind]);
  return document;
}

function RefInputs({ name, label, disabled }: { name: string[]; label: string; disabled: boolean }) {
  const { t } = useTranslation();
  return (
    <Flex gap={8}>
      <Form.Item name={[...name, 'article']} noStyle rules={[{ required: true }]}>
        <InputNumber
          min={1}
          max={99}
          precision={0}
          disabled={disabled}
          prefix={t('rulesVersions.article')}
          aria-label={`${label} ${t('rulesVersions.article')}`}
          style={{ width: 110 }}
        />
      </Form.Item>
      <Form.Item name={[...name, 'clause']} noStyle>
        <InputNumber
          min={1}
          max={99}
          precision={0}
          disabled={disabled}
          prefix={t('rulesVersions.clause')}
          aria-label={`${label} ${t('rulesVersions.clause')}`}
          style={{ width: 110 }}
        />
      </Form.Item>
    </Flex>
  );
}

function Editor({ version, onChanged }: { version: RulesVersion; onChanged: () => void }) {
  const { t } = useTranslation();
  const { local, locale } = useLocale();
  const [form] = Form.useForm<Values>();
  const [approving, setApproving] = useState(false);
  const editable = version.abilities.edit;
  const document = version.document;
  const save = useApiMutation(
    (values: Values) => rulesVersionsApi.save(version.id, version.revision, documentOf(document, values)),
    { invalidates: ['/rules-versions'], success: t('rulesVersions.saved'), onSuccess: onChanged },
  );
  const names = Object.keys(document.parameters) as ParameterName[];
  const cite = (ref: Ref | undefined) =>
    ref?.article ? articleLabel(refOf(ref))[locale === 'en' ? 'en' : 'zh'] : '';

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={valuesOf(document)}
      onFinish={(values) => void save.submit(values)}
      disabled={!editable}
    >
      {save.failure && <ApiErrorAlert error={save.failure.error} unplaced={save.failure.unplaced} />}
      {!editable && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('rulesVersions.readOnly')} />
      )}
      <Card title={t('rulesVersions.parameters')} style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary">{t('rulesVersions.parametersLead')}</Typography.Paragraph>
        <Table
          rowKey={(name) => name}
          size="small"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={names}
          columns={[
            {
              key: 'parameter',
              title: t('rulesVersions.parameter'),
              render: (_, name) => (
                <>
                  <div>{local(document.parameters[name].label)}</div>
                  <Typography.Text type="secondary" className="hash">
                    {name}
                  </Typography.Text>
                </>
              ),
            },
            {
              key: 'value',
              title: t('rulesVersions.value'),
              render: (_, name) => (
                <Form.Item name={['parameters', name, 'value']} noStyle rules={[{ required: true }]}>
                  {document.parameters[name].unit === 'text' ? (
                    <Input aria-label={`${name} ${t('rulesVersions.value')}`} style={{ width: 160 }} />
                  ) : (
                    <InputNumber aria-label={`${name} ${t('rulesVersions.value')}`} style={{ width: 130 }} />
                  )}
                </Form.Item>
              ),
            },
            {
              key: 'source',
              title: t('rulesVersions.cites'),
              render: (_, name) => (
                <Flex gap={8} align="center" wrap>
                  <RefInputs name={['parameters', name, 'source']} label={name} disabled={!editable} />
                  <Form.Item noStyle shouldUpdate>
                    {() => (
                      <Typography.Text>
                        {cite(form.getFieldValue(['parameters', name, 'source']))}
                      </Typography.Text>
                    )}
                  </Form.Item>
                </Flex>
              ),
            },
          ]}
        />
      </Card>
      <Card title={t('rulesVersions.clauses')} style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary">{t('rulesVersions.clausesLead')}</Typography.Paragraph>
        <Table
          rowKey={(kind) => kind}
          size="small"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={[...RULE_KINDS]}
          columns={[
            {
              key: 'kind',
              title: t('rulesVersions.ruleKind'),
              render: (_, kind) => (
                <>
                  <div>{local(RULE_KIND_NAMES[kind])}</div>
                  <Typography.Text type="secondary" className="hash">
                    {kind}
                  </Typography.Text>
                </>
              ),
            },
            {
              key: 'ref',
              title: t('rulesVersions.cites'),
              render: (_, kind) => (
                <Flex gap={8} align="center" wrap>
                  <RefInputs name={['clauses', kind]} label={kind} disabled={!editable} />
                  <Form.Item noStyle shouldUpdate>
                    {() => <Typography.Text>{cite(form.getFieldValue(['clauses', kind]))}</Typography.Text>}
                  </Form.Item>
                </Flex>
              ),
            },
          ]}
        />
      </Card>
      <Flex gap={8} wrap>
        {editable && (
          <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={save.pending}>
            {t('rulesVersions.save')}
          </Button>
        )}
        {version.abilities.approve && (
          <Button icon={<CheckOutlined />} disabled={false} onClick={() => setApproving(true)}>
            {t('rulesVersions.approve')}
          </Button>
        )}
        {version.status === 'draft' && !version.abilities.approve && (
          <Typography.Text type="secondary">{t('rulesVersions.notYours')}</Typography.Text>
        )}
      </Flex>
      <ConfirmDialog
        open={approving}
        title={t('rulesVersions.approveTitle', { id: version.id })}
        effects={[t('rulesVersions.approveText')]}
        irreversible
        okText={t('rulesVersions.approve')}
        send={() => rulesVersionsApi.approve(version.id, version.revision)}
        invalidates={['/rules-versions']}
        success={t('rulesVersions.approved', { id: version.id })}
        onDone={onChanged}
        onClose={() => setApproving(false)}
      />
    </Form>
  );
}

/** One rules version: its numbers and articles, editable while a draft; the chair approves it. */
export default function RulesVersionPage() {
  const { t } = useTranslation();
  const { local } = useLocale();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const loaded = useApi('/api/rules-versions/{id}', { path: { id } });
  const version = loaded.data;
  if (loaded.error) return <ErrorState error={loaded.error} onRetry={loaded.reload} />;
  if (!version) return <Skeleton active paragraph={{ rows: 12 }} />;
  return (
    <>
      <PageHeader
        title={local(version.title)}
        lead={version.document.documentNumber}
        extra={
          <Flex gap={8} align="center" wrap>
            <RulesStatusTag status={version.status} />
            <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/app/rules-versions')}>
              {t('rulesVersions.back')}
            </Button>
          </Flex>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            {
              key: 'id',
              label: t('rulesVersions.id'),
              children: `${version.id} · ${t('rulesVersions.revision', { revision: version.revision })}`,
            },
            { key: 'family', label: t('rulesVersions.family'), children: version.family },
            {
              key: 'basedOn',
              label: t('rulesVersions.basedOn'),
              children: version.basedOn ?? t('common.empty'),
            },
            {
              key: 'sha',
              label: t('rulesVersions.sha256'),
              children: (
                <Typography.Text className="hash" style={{ wordBreak: 'break-all' }}>
                  {version.sha256}
                </Typography.Text>
              ),
            },
          ]}
        />
      </Card>
      <Editor
        key={`${version.id}-${version.revision}-${version.status}`}
        version={version}
        onChanged={loaded.reload}
      />
    </>
  );
}
