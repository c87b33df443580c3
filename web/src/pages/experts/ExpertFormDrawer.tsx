import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Button,
  Col,
  Descriptions,
  Drawer,
  Form,
  Grid,
  Input,
  InputNumber,
  List,
  Row,
  Select,
  Skeleton,
  Space,
  Switch,
  Tag,
} from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndustrySection } from '../../../../src/organisations/core/organisation.js';
import { expertsApi, type Expert, type ExpertDetail, type ExpertInput } from '../../api/experts.js';
import { useApiMutation } from '../../api/useApiMutation.js';
import { useApi } from '../../api/useApi.js';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.js';
import { ErrorState } from '../../layout/ErrorState.js';
import { ExpertStatusTag } from './ExpertStatusTag.js';
import { useExpertVocabulary } from './useExpertVocabulary.js';

interface Values {
  name: string;
  identityNumber: string;
  employer: string;
  employerCreditCode?: string;
  title: string;
  qualifications: { name: string; certificateNumber?: string; expiresOn?: string }[];
  industries: IndustrySection[];
  yearsInQualityWork: number;
  region: string;
  phone: string;
  email?: string;
  canLead: boolean;
  formerEmployers: { name: string; creditCode?: string; leftIn: number }[];
}

const FIELDS = [
  'name',
  'identityNumber',
  'employer',
  'employerCreditCode',
  'title',
  'qualifications',
  'industries',
  'yearsInQualityWork',
  'region',
  'phone',
  'email',
  'canLead',
  'formerEmployers',
] as const;

const orNull = (value: string | undefined) => value?.trim() || null;

function toInput(values: Values): ExpertInput {
  return {
    name: values.name.trim(),
    identityNumber: values.identityNumber.trim(),
    employer: values.employer.trim(),
    employerCreditCode: orNull(values.employerCreditCode),
    title: values.title.trim(),
    qualifications: (values.qualifications ?? []).map((q) => ({
      name: q.name.trim(),
      certificateNumber: q.certificateNumber?.trim() ?? '',
      expiresOn: orNull(q.expiresOn),
    })),
    industries: values.industries,
    yearsInQualityWork: values.yearsInQualityWork,
    region: values.region.trim(),
    phone: values.phone.trim(),
    email: orNull(values.email),
    canLead: values.canLead,
    formerEmployers: (values.formerEmployers ?? []).map((f) => ({
      name: f.name.trim(),
      creditCode: orNull(f.creditCode),
      leftIn: f.leftIn,
    })),
  };
}

function toValues(expert: ExpertDetail): Values {
  return {
    ...expert,
    employerCreditCode: expert.employerCreditCode ?? undefined,
    email: expert.email ?? undefined,
    qualifications: expert.qualifications.map((q) => ({ ...q, expiresOn: q.expiresOn ?? undefined })),
    formerEmployers: expert.formerEmployers.map((f) => ({ ...f, creditCode: f.creditCode ?? undefined })),
  };
}

const EMPTY: Partial<Values> = {
  canLead: false,
  qualifications: [{ name: '' }],
  formerEmployers: [],
  yearsInQualityWork: 0,
};

interface Props {
  /** 'new' to add an expert; an expert to edit; undefined when closed. */
  expert: Expert | 'new' | undefined;
  onClose: () => void;
  onSaved: () => void;
}

/** Add or edit an expert: identity, employer, industries, qualifications and former employers. */
export function ExpertFormDrawer({ expert, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const vocabulary = useExpertVocabulary();
  const [form] = Form.useForm<Values>();
  const editing = expert && expert !== 'new' ? expert : undefined;
  const detail = useApi('/api/experts/{id}', editing ? { path: { id: editing.id } } : null);
  const loaded = editing ? detail.data?.id === editing.id : true;

  useEffect(() => {
    if (expert === 'new') form.setFieldsValue(EMPTY);
    else if (expert && detail.data?.id === expert.id) form.setFieldsValue(toValues(detail.data));
  }, [expert, detail.data, form]);

  const saving = useApiMutation(
    (values: Values) =>
      editing
        ? // The revision the form was filled from: if someone saved since, the server says so.
          expertsApi.update(editing.id, detail.data!.revision, toInput(values))
        : expertsApi.create(toInput(values)),
    {
      invalidates: ['/experts'],
      success: (saved) =>
        editing ? t('experts.form.saved') : t('experts.form.created', { name: saved.name, code: saved.code }),
      onSuccess: () => {
        form.resetFields();
        saving.reset();
        onSaved();
      },
      onError: (failure) => form.setFields(failure.fieldErrors as never),
      fields: FIELDS,
    },
  );

  const close = () => {
    saving.reset();
    form.resetFields();
    onClose();
  };

  const required = (field: string) => [
    { required: true, whitespace: true, message: t('common.required', { field }) },
  ];
  const half = { xs: 24, sm: 12 };

  return (
    <Drawer
      open={Boolean(expert)}
      title={editing ? t('experts.form.editTitle', { name: editing.name }) : t('experts.form.createTitle')}
      size={screens.md ? 680 : '100%'}
      onClose={close}
      forceRender
      footer={
        <Space style={{ display: 'flex', justifyContent: 'flex-end' }}>
          <Button onClick={close}>{t('common.cancel')}</Button>
          <Button
            type="primary"
            loading={saving.pending}
            disabled={!loaded || saving.pending}
            onClick={() => form.submit()}
          >
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {detail.error && editing && <ErrorState error={detail.error} onRetry={detail.reload} />}
      {!loaded && !detail.error && <Skeleton active paragraph={{ rows: 10 }} />}
      {editing && detail.data?.id === editing.id && (
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 3 }}
          style={{ marginBottom: 16 }}
          items={[
            {
              key: 'code',
              label: t('experts.form.code'),
              children: <span className="hash">{editing.code}</span>,
            },
            { key: 'user', label: t('account.username'), children: detail.data.username },
            {
              key: 'status',
              label: t('experts.status'),
              children: <ExpertStatusTag status={detail.data.status} />,
            },
          ]}
        />
      )}
      {saving.failure && <ApiErrorAlert error={saving.failure.error} unplaced={saving.failure.unplaced} />}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(values) => void saving.submit(values)}
        style={{ display: loaded ? undefined : 'none' }}
        requiredMark
      >
        <div className="form-section-title">{t('experts.form.basics')}</div>
        <Row gutter={16}>
          <Col {...half}>
            <Form.Item name="name" label={t('experts.form.name')} rules={required(t('experts.form.name'))}>
              <Input autoComplete="off" maxLength={50} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item
              name="identityNumber"
              label={t('experts.form.identityNumber')}
              extra={t('experts.form.identityHelp')}
              rules={required(t('experts.form.identityNumber'))}
            >
              <Input autoComplete="off" maxLength={18} className="hash" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="title" label={t('experts.form.title')} rules={required(t('experts.form.title'))}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item
              name="yearsInQualityWork"
              label={t('experts.form.years')}
              rules={[{ required: true, message: t('common.required', { field: t('experts.form.years') }) }]}
            >
              <InputNumber min={0} max={60} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="phone" label={t('experts.form.phone')} rules={required(t('experts.form.phone'))}>
              <Input type="tel" autoComplete="off" maxLength={30} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="email" label={t('experts.form.email')} rules={[{ type: 'email' }]}>
              <Input type="email" autoComplete="off" maxLength={200} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item
              name="region"
              label={t('experts.form.region')}
              rules={required(t('experts.form.region'))}
            >
              <Input maxLength={100} />
            </Form.Item>
          </Col>
        </Row>

        <div className="form-section-title">{t('experts.form.employment')}</div>
        <Row gutter={16}>
          <Col {...half}>
            <Form.Item
              name="employer"
              label={t('experts.form.employer')}
              rules={required(t('experts.form.employer'))}
            >
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item
              name="employerCreditCode"
              label={t('experts.form.employerCreditCode')}
              extra={t('experts.form.employerCreditCodeHelp')}
            >
              <Input maxLength={18} className="hash" />
            </Form.Item>
          </Col>
        </Row>

        <div className="form-section-title">{t('experts.form.review')}</div>
        <Form.Item
          name="industries"
          label={t('experts.form.industries')}
          rules={[{ required: true, message: t('common.choose', { field: t('experts.form.industries') }) }]}
        >
          <Select
            mode="multiple"
            options={vocabulary.industryOptions}
            showSearch={{ optionFilterProp: 'label' }}
            maxTagCount="responsive"
          />
        </Form.Item>
        <Form.Item
          name="canLead"
          label={t('experts.form.canLead')}
          extra={t('experts.form.canLeadHelp')}
          valuePropName="checked"
        >
          <Switch />
        </Form.Item>

        <div className="form-section-title">{t('experts.form.qualifications')}</div>
        <Form.List name="qualifications">
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.map((field) => (
                <div key={field.key} className="list-row">
                  <Row gutter={12} align="top">
                    <Col xs={24} sm={9}>
                      <Form.Item
                        name={[field.name, 'name']}
                        label={t('experts.form.qualificationName')}
                        rules={required(t('experts.form.qualificationName'))}
                      >
                        <Input placeholder={t('experts.form.qualificationNamePlaceholder')} maxLength={100} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} sm={7}>
                      <Form.Item
                        name={[field.name, 'certificateNumber']}
                        label={t('experts.form.certificateNumber')}
                      >
                        <Input maxLength={100} />
                      </Form.Item>
                    </Col>
                    <Col xs={18} sm={6}>
                      <Form.Item
                        name={[field.name, 'expiresOn']}
                        label={t('experts.form.expiresOn')}
                        tooltip={t('experts.form.expiresOnHelp')}
                      >
                        <Input type="date" />
                      </Form.Item>
                    </Col>
                    <Col xs={6} sm={2} style={{ paddingTop: 30, textAlign: 'right' }}>
                      <Button
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={t('experts.form.remove')}
                        onClick={() => remove(field.name)}
                      />
                    </Col>
                  </Row>
                </div>
              ))}
              <Form.ErrorList errors={errors} />
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '' })} block>
                {t('experts.form.addQualification')}
              </Button>
            </>
          )}
        </Form.List>

        <div className="form-section-title" style={{ marginTop: 24 }}>
          {t('experts.form.formerEmployers')}
        </div>
        <p style={{ color: 'var(--ink-muted)', marginTop: -4 }}>{t('experts.form.formerEmployersHelp')}</p>
        <Form.List name="formerEmployers">
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.map((field) => (
                <div key={field.key} className="list-row">
                  <Row gutter={12} align="top">
                    <Col xs={24} sm={10}>
                      <Form.Item
                        name={[field.name, 'name']}
                        label={t('experts.form.formerName')}
                        rules={required(t('experts.form.formerName'))}
                      >
                        <Input maxLength={200} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} sm={7}>
                      <Form.Item name={[field.name, 'creditCode']} label={t('experts.form.formerCreditCode')}>
                        <Input maxLength={18} className="hash" />
                      </Form.Item>
                    </Col>
                    <Col xs={18} sm={5}>
                      <Form.Item
                        name={[field.name, 'leftIn']}
                        label={t('experts.form.leftIn')}
                        rules={[
                          {
                            required: true,
                            message: t('common.required', { field: t('experts.form.leftIn') }),
                          },
                        ]}
                      >
                        <InputNumber min={1950} max={2100} precision={0} style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                    <Col xs={6} sm={2} style={{ paddingTop: 30, textAlign: 'right' }}>
                      <Button
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={t('experts.form.remove')}
                        onClick={() => remove(field.name)}
                      />
                    </Col>
                  </Row>
                </div>
              ))}
              <Form.ErrorList errors={errors} />
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()} block>
                {t('experts.form.addFormerEmployer')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>

      {editing && detail.data?.id === editing.id && detail.data.conflicts.length > 0 && (
        <>
          <div className="form-section-title" style={{ marginTop: 24 }}>
            {t('experts.form.conflictsTitle')}
          </div>
          <List
            size="small"
            bordered
            dataSource={detail.data.conflicts}
            renderItem={(conflict) => (
              <List.Item>
                <div>
                  <div>
                    {conflict.organisationName} · {vocabulary.conflictKindName(conflict.kind)}
                  </div>
                  <Tag>{t(`conflicts.tabs.${conflict.status}`)}</Tag>
                  <Tag>{t(`conflicts.sources.${conflict.source}`)}</Tag>
                </div>
              </List.Item>
            )}
          />
        </>
      )}
    </Drawer>
  );
}
