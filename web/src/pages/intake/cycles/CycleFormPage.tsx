import { ArrowLeftOutlined, MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Flex,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Skeleton,
  TimePicker,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { cyclesApi, type Cycle, type CycleInput } from '../../../api/intake.js';
import { useApi } from '../../../api/useApi.js';
import { useApiMutation } from '../../../api/useApiMutation.js';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert.js';
import { currentYear, formatDate, formatDateTime } from '../../../i18n/format.js';
import { useLocale } from '../../../i18n/useLocale.js';
import { ErrorState } from '../../../layout/ErrorState.js';
import { PageHeader } from '../../../layout/PageHeader.js';
import { useSession } from '../../../session/SessionContext.js';
import { beijingIso, beijingWall } from '../shared/beijingTime.js';
import { CycleStageTag, WindowTag } from '../shared/StatusTags.js';
import { useFramework, useProgramme } from '../shared/useCatalogue.js';
import { AnnouncementPreview } from './AnnouncementPreview.js';
import { CriteriaUnderReview } from './CriteriaUnderReview.js';
import { CycleTransitionButtons } from './CycleTransitionButtons.js';
import { EDITABLE_STAGES } from './CyclesPage.js';
import '../intake.css';

interface Contact {
  name: string;
  phone: string;
  email?: string;
  addressZh?: string;
  addressEn?: string;
}

interface Values {
  rulesVersionId: string;
  frameworkId: string;
  year: number;
  announcementDate: Dayjs;
  deadlineDate: Dayjs;
  deadlineTime: Dayjs;
  preliminaryCheckBy?: Dayjs | null;
  materialReview?: [Dayjs, Dayjs] | null;
  onSiteReview?: [Dayjs, Dayjs] | null;
  committeeMeeting?: Dayjs | null;
  introductionZh?: string;
  introductionEn?: string;
  contacts: Contact[];
}

const DATE = 'YYYY-MM-DD';
const day = (iso: string | undefined) => (iso ? dayjs(iso, DATE) : undefined);
const iso = (value: Dayjs | null | undefined) => (value ? value.format(DATE) : undefined);

function toValues(cycle: Cycle): Partial<Values> {
  const deadline = beijingWall(cycle.applicationDeadline);
  const { plan, announcement } = cycle;
  return {
    rulesVersionId: cycle.rulesVersionId,
    frameworkId: cycle.frameworkId,
    year: cycle.year,
    announcementDate: dayjs(cycle.announcementDate, DATE),
    deadlineDate: dayjs(deadline.date, DATE),
    deadlineTime: dayjs(`${deadline.date} ${deadline.time}`, 'YYYY-MM-DD HH:mm:ss'),
    preliminaryCheckBy: day(plan.preliminaryCheckBy),
    materialReview:
      plan.materialReviewFrom && plan.materialReviewTo
        ? [dayjs(plan.materialReviewFrom, DATE), dayjs(plan.materialReviewTo, DATE)]
        : undefined,
    onSiteReview:
      plan.onSiteReviewFrom && plan.onSiteReviewTo
        ? [dayjs(plan.onSiteReviewFrom, DATE), dayjs(plan.onSiteReviewTo, DATE)]
        : undefined,
    committeeMeeting: day(plan.committeeMeeting),
    introductionZh: announcement.introduction?.zh ?? '',
    introductionEn: announcement.introduction?.en ?? '',
    contacts: (announcement.contacts ?? []).map((c) => ({
      name: c.name,
      phone: c.phone,
      email: c.email,
      addressZh: c.address?.zh,
      addressEn: c.address?.en,
    })),
  };
}

function toInput(values: Values): CycleInput {
  const plan = Object.fromEntries(
    Object.entries({
      preliminaryCheckBy: iso(values.preliminaryCheckBy),
      materialReviewFrom: iso(values.materialReview?.[0]),
      materialReviewTo: iso(values.materialReview?.[1]),
      onSiteReviewFrom: iso(values.onSiteReview?.[0]),
      onSiteReviewTo: iso(values.onSiteReview?.[1]),
      committeeMeeting: iso(values.committeeMeeting),
    }).filter(([, value]) => value !== undefined),
  );
  const zh = values.introductionZh?.trim() ?? '';
  const en = values.introductionEn?.trim() ?? '';
  return {
    frameworkId: values.frameworkId,
    announcementDate: values.announcementDate.format(DATE),
    applicationDeadline: beijingIso(values.deadlineDate.format(DATE), values.deadlineTime.format('HH:mm:ss')),
    plan,
    announcement: {
      ...(zh || en ? { introduction: { zh, en } } : {}),
      contacts: (values.contacts ?? []).map((c) => ({
        name: c.name.trim(),
        phone: c.phone.trim(),
        ...(c.email?.trim() ? { email: c.email.trim() } : {}),
        ...(c.addressZh?.trim() || c.addressEn?.trim()
          ? { address: { zh: c.addressZh?.trim() ?? '', en: c.addressEn?.trim() ?? '' } }
          : {}),
      })),
    },
  };
}

/** The programme's or the framework's title (and document number), not its id. */
function CatalogueTitle({ cycle, of }: { cycle: Cycle; of: 'programme' | 'framework' }) {
  const { local } = useLocale();
  const programme = useProgramme(of === 'programme' ? cycle.rulesVersionId : undefined).data;
  const framework = useFramework(of === 'framework' ? cycle.frameworkId : undefined).data;
  if (programme) return <>{`${local(programme.title)}（${programme.documentNumber}）`}</>;
  if (framework) return <>{local(framework.title)}</>;
  return <Skeleton.Input active size="small" />;
}

/** A cycle as the chair (or anyone after publication) reads it: every date and text, no inputs. */
function CycleDetails({ cycle }: { cycle: Cycle }) {
  const { t } = useTranslation('intake');
  const { locale, local } = useLocale();
  const { plan } = cycle;
  const date = (value: string | undefined) => (value ? formatDate(value, locale) : t('empty'));
  return (
    <Card>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          {
            key: 'programme',
            label: t('cycles.programme'),
            children: <CatalogueTitle cycle={cycle} of="programme" />,
          },
          {
            key: 'framework',
            label: t('cycles.framework'),
            children: <CatalogueTitle cycle={cycle} of="framework" />,
          },
          { key: 'announcement', label: t('plan.announcement'), children: date(cycle.announcementDate) },
          {
            key: 'deadline',
            label: t('plan.deadline'),
            children: t('time.beijing', { time: formatDateTime(cycle.applicationDeadline, locale) }),
          },
          { key: 'check', label: t('plan.preliminaryCheckBy'), children: date(plan.preliminaryCheckBy) },
          {
            key: 'material',
            label: t('plan.materialReviewFrom'),
            children: plan.materialReviewFrom
              ? t('plan.range', { from: date(plan.materialReviewFrom), to: date(plan.materialReviewTo) })
              : t('empty'),
          },
          {
            key: 'onsite',
            label: t('plan.onSiteReviewFrom'),
            children: plan.onSiteReviewFrom
              ? t('plan.range', { from: date(plan.onSiteReviewFrom), to: date(plan.onSiteReviewTo) })
              : t('empty'),
          },
          { key: 'committee', label: t('plan.committeeMeeting'), children: date(plan.committeeMeeting) },
          {
            key: 'approved',
            label: t('cycles.criteriaApprovedAt'),
            children: cycle.criteriaApprovedAt
              ? formatDateTime(cycle.criteriaApprovedAt, locale)
              : t('empty'),
          },
          {
            key: 'published',
            label: t('cycles.publishedAt'),
            children: cycle.publishedAt ? formatDateTime(cycle.publishedAt, locale) : t('empty'),
          },
          {
            key: 'intro',
            label: t('cycles.introduction'),
            span: { md: 2 },
            children: cycle.announcement.introduction ? (
              <p className="prose">{local(cycle.announcement.introduction)}</p>
            ) : (
              t('empty')
            ),
          },
          {
            key: 'contacts',
            label: t('cycles.contacts'),
            span: { md: 2 },
            children: (cycle.announcement.contacts ?? []).length
              ? (cycle.announcement.contacts ?? []).map((c) => (
                  <div key={`${c.name}-${c.phone}`}>
                    {[c.name, c.phone, c.email].filter(Boolean).join(' · ')}
                  </div>
                ))
              : t('empty'),
          },
        ]}
      />
    </Card>
  );
}

/** The Office's form for a new cycle or an unpublished one; others see the cycle read-only. */
export default function CycleFormPage() {
  const { t } = useTranslation('intake');
  const { local } = useLocale();
  const navigate = useNavigate();
  const { id } = useParams();
  const creating = !id || id === 'new';
  const { session } = useSession();
  const manage = session?.user?.abilities?.includes('cycle.manage') ?? false;
  const loaded = useApi('/api/cycles/{id}', creating ? null : { path: { id } });
  const programmes = useApi('/api/programmes');
  const frameworks = useApi('/api/frameworks');
  const [form] = Form.useForm<Values>();
  const [saved, setSaved] = useState<Cycle>();
  const cycle = saved ?? loaded.data;
  const fields = () => Object.keys(form.getFieldsValue() as object);
  const save = useApiMutation<Values, Cycle>(
    (values) => {
      const input = toInput(values);
      return creating || !cycle
        ? cyclesApi.create({ ...input, rulesVersionId: values.rulesVersionId, year: values.year })
        : cyclesApi.update(cycle.id, input);
    },
    {
      invalidates: ['/cycles'],
      success: (result) => t('cycles.saved', { year: result.year }),
      onSuccess: (result) => {
        setSaved(result);
        if (creating) navigate(`/app/cycles/${result.id}`, { replace: true });
      },
      onError: (failure) => {
        form.setFields(failure.fieldErrors as never);
        window.scrollTo({ top: 0, behavior: 'smooth' });
      },
      fields,
    },
  );
  const failure = save.failure;

  const initialValues = useMemo<Partial<Values>>(
    () =>
      loaded.data
        ? toValues(loaded.data)
        : {
            rulesVersionId: 'jinshui-2011',
            frameworkId: 'gbt19580-2012',
            year: currentYear(),
            deadlineTime: dayjs('17:00:00', 'HH:mm:ss'),
            contacts: [{ name: '', phone: '' }],
          },
    [loaded.data],
  );

  if (loaded.error) return <ErrorState error={loaded.error} onRetry={loaded.reload} />;
  if (!creating && !cycle) return <Skeleton active paragraph={{ rows: 12 }} />;

  const editable = manage && (creating || (cycle && EDITABLE_STAGES.includes(cycle.stage)));
  const title = creating ? t('cycles.createTitle') : t('cycles.editTitle', { year: cycle?.year });

  const required = (field: string) => [{ required: true, message: t('choose', { field }) }];

  return (
    <>
      <PageHeader
        title={title}
        lead={t('cycles.formLead')}
        extra={
          <Flex gap={8} wrap align="center">
            {cycle && <CycleStageTag stage={cycle.stage} />}
            {cycle?.stage === 'published' && <WindowTag window={cycle.window} />}
            {cycle && manage && cycle.stage === 'criteria_approved' && <AnnouncementPreview cycle={cycle} />}
            {cycle && <CycleTransitionButtons cycle={cycle} size="middle" onMoved={setSaved} />}
            <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/app/cycles')}>
              {t('cycles.back')}
            </Button>
          </Flex>
        }
      />
      {cycle?.stage === 'criteria_approved' && manage && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('cycles.editResetsApproval')} />
      )}
      {cycle?.stage === 'draft' && !creating && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('cycles.needsApproval')} />
      )}
      {failure && <ApiErrorAlert error={failure.error} unplaced={failure.unplaced} />}
      {!editable && cycle ? (
        <CycleDetails cycle={cycle} />
      ) : (
        <Form<Values>
          key={cycle?.id ?? 'new'}
          form={form}
          layout="vertical"
          initialValues={initialValues}
          onFinish={(values) => void save.submit(values)}
          scrollToFirstError
        >
          <Card title={t('cycles.sections.basis')} style={{ marginBottom: 16 }}>
            <Row gutter={16}>
              <Col xs={24} md={8}>
                <Form.Item
                  name="rulesVersionId"
                  label={t('cycles.programme')}
                  rules={required(t('cycles.programme'))}
                >
                  <Select
                    disabled={!creating}
                    options={(programmes.data?.items ?? []).map((p) => ({
                      value: p.id,
                      label: `${local(p.title)}（${p.documentNumber}）`,
                    }))}
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item
                  name="frameworkId"
                  label={t('cycles.framework')}
                  rules={required(t('cycles.framework'))}
                  extra={t('cycles.frameworkHelp')}
                >
                  <Select
                    options={(frameworks.data?.items ?? []).map((f) => ({
                      value: f.id,
                      label: `${local(f.title)}（${f.totalPoints}）`,
                    }))}
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item name="year" label={t('cycles.year')} rules={required(t('cycles.year'))}>
                  <InputNumber min={2000} max={2100} disabled={!creating} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            </Row>
          </Card>

          <Card title={t('cycles.sections.dates')} style={{ marginBottom: 16 }}>
            <Row gutter={16}>
              <Col xs={24} md={8}>
                <Form.Item
                  name="announcementDate"
                  label={t('plan.announcement')}
                  rules={required(t('plan.announcement'))}
                  extra={t('cycles.announcementHelp')}
                >
                  <DatePicker style={{ width: '100%' }} format={DATE} />
                </Form.Item>
              </Col>
              <Col xs={24} md={16}>
                <Form.Item label={t('plan.deadline')} required extra={t('cycles.deadlineHelp')}>
                  <Flex gap={8}>
                    <Form.Item name="deadlineDate" noStyle rules={required(t('cycles.deadlineDate'))}>
                      <DatePicker style={{ flex: 1 }} format={DATE} aria-label={t('cycles.deadlineDate')} />
                    </Form.Item>
                    <Form.Item name="deadlineTime" noStyle rules={required(t('cycles.deadlineTime'))}>
                      <TimePicker
                        style={{ width: 130 }}
                        format="HH:mm:ss"
                        aria-label={t('cycles.deadlineTime')}
                      />
                    </Form.Item>
                  </Flex>
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item name="preliminaryCheckBy" label={t('plan.preliminaryCheckBy')}>
                  <DatePicker style={{ width: '100%' }} format={DATE} />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item name="materialReview" label={t('plan.materialReviewFrom')}>
                  <DatePicker.RangePicker style={{ width: '100%' }} format={DATE} />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item name="onSiteReview" label={t('plan.onSiteReviewFrom')}>
                  <DatePicker.RangePicker style={{ width: '100%' }} format={DATE} />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item name="committeeMeeting" label={t('plan.committeeMeeting')}>
                  <DatePicker style={{ width: '100%' }} format={DATE} />
                </Form.Item>
              </Col>
            </Row>
          </Card>

          <Card title={t('cycles.sections.announcement')} style={{ marginBottom: 16 }}>
            <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
              {t('cycles.announcementLead')}
            </Typography.Paragraph>
            <Row gutter={16}>
              <Col xs={24} lg={12}>
                <Form.Item name="introductionZh" label={t('cycles.introductionZh')}>
                  <Input.TextArea rows={6} maxLength={5000} showCount />
                </Form.Item>
              </Col>
              <Col xs={24} lg={12}>
                <Form.Item name="introductionEn" label={t('cycles.introductionEn')}>
                  <Input.TextArea rows={6} maxLength={5000} showCount lang="en" />
                </Form.Item>
              </Col>
            </Row>
            <div style={{ fontWeight: 600, marginBottom: 8 }}>{t('cycles.contacts')}</div>
            <Form.List name="contacts">
              {(fields, { add, remove }) => (
                <>
                  {fields.map(({ key, name }) => (
                    <Row gutter={8} key={key} align="top" className="contact-row">
                      <Col xs={12} md={4}>
                        <Form.Item
                          name={[name, 'name']}
                          rules={[
                            {
                              required: true,
                              whitespace: true,
                              message: t('required', { field: t('cycles.contactName') }),
                            },
                          ]}
                        >
                          <Input placeholder={t('cycles.contactName')} aria-label={t('cycles.contactName')} />
                        </Form.Item>
                      </Col>
                      <Col xs={12} md={4}>
                        <Form.Item
                          name={[name, 'phone']}
                          rules={[
                            {
                              required: true,
                              whitespace: true,
                              message: t('required', { field: t('cycles.contactPhone') }),
                            },
                            { pattern: /^[0-9+() -]{5,30}$/, message: t('register.phoneInvalid') },
                          ]}
                        >
                          <Input
                            placeholder={t('cycles.contactPhone')}
                            aria-label={t('cycles.contactPhone')}
                          />
                        </Form.Item>
                      </Col>
                      <Col xs={24} md={5}>
                        <Form.Item
                          name={[name, 'email']}
                          rules={[{ type: 'email', message: t('register.emailInvalid') }]}
                        >
                          <Input
                            placeholder={t('cycles.contactEmail')}
                            aria-label={t('cycles.contactEmail')}
                          />
                        </Form.Item>
                      </Col>
                      <Col xs={11} md={5}>
                        <Form.Item name={[name, 'addressZh']}>
                          <Input placeholder={t('cycles.addressZh')} aria-label={t('cycles.addressZh')} />
                        </Form.Item>
                      </Col>
                      <Col xs={11} md={5}>
                        <Form.Item name={[name, 'addressEn']}>
                          <Input placeholder={t('cycles.addressEn')} aria-label={t('cycles.addressEn')} />
                        </Form.Item>
                      </Col>
                      <Col xs={2} md={1}>
                        <Button
                          type="text"
                          icon={<MinusCircleOutlined />}
                          aria-label={t('cycles.removeContact')}
                          onClick={() => remove(name)}
                        />
                      </Col>
                    </Row>
                  ))}
                  {fields.length < 5 && (
                    <Button
                      type="dashed"
                      icon={<PlusOutlined />}
                      onClick={() => add({ name: '', phone: '' })}
                    >
                      {t('cycles.addContact')}
                    </Button>
                  )}
                </>
              )}
            </Form.List>
          </Card>

          <Flex gap={12} wrap>
            <Button
              type="primary"
              htmlType="submit"
              size="large"
              loading={save.pending}
              disabled={save.pending}
            >
              {creating ? t('cycles.createSubmit') : t('saveButton')}
            </Button>
            <Button size="large" onClick={() => navigate('/app/cycles')}>
              {t('cancel')}
            </Button>
          </Flex>
        </Form>
      )}
      {cycle && !creating && EDITABLE_STAGES.includes(cycle.stage) && <CriteriaUnderReview cycle={cycle} />}
    </>
  );
}
