import { CheckCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import { Button, Card, Col, DatePicker, Form, Input, Radio, Row, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate } from 'react-router-dom';
import {
  checkCreditCode,
  CREDIT_CODE_LENGTH,
  normaliseCreditCode,
} from '../../../../../src/organisations/core/credit-code.js';
import { INDUSTRY_NAMES } from '../../../../../src/organisations/core/industries.js';
import {
  INDUSTRY_SECTIONS,
  type IndustrySection,
  type OrganisationKind,
} from '../../../../../src/organisations/core/organisation.js';
import type { ApiError } from '../../../api/client.js';
import { organisationsApi } from '../../../api/intake.js';
import { CURRENT_PROGRAMME_ID } from '../../../api/programmes.js';
import { asApiError } from '../../../api/useApiData.js';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert.js';
import { PasswordRules } from '../../../components/PasswordRules.js';
import { useLocale } from '../../../i18n/useLocale.js';
import { usePageTitle } from '../../../layout/usePageTitle.js';
import { useSession } from '../../../session/SessionContext.js';
import { useProgramme, useReferenceNames } from '../shared/useCatalogue.js';
import { applyNestedFieldErrors } from './serverErrors.js';
import '../intake.css';

interface Values {
  organisation: {
    creditCode: string;
    name: string;
    kind: OrganisationKind;
    address: string;
    townId: number;
    departmentId: number;
    legalRepresentative: string;
    industry: IndustrySection;
    registrationDate: Dayjs;
    contactName: string;
    contactPhone: string;
    contactEmail?: string;
  };
  account: { username: string; displayName: string; password: string; confirm: string };
}

const FIELDS = [
  ['organisation', 'creditCode'],
  ['organisation', 'name'],
  ['organisation', 'kind'],
  ['organisation', 'address'],
  ['organisation', 'townId'],
  ['organisation', 'departmentId'],
  ['organisation', 'legalRepresentative'],
  ['organisation', 'industry'],
  ['organisation', 'registrationDate'],
  ['organisation', 'contactName'],
  ['organisation', 'contactPhone'],
  ['organisation', 'contactEmail'],
  ['account', 'username'],
  ['account', 'displayName'],
  ['account', 'password'],
] as const;

/** What the credit-code field says while the code is typed: nothing yet, a count, a problem, or ok. */
function CreditCodeHint({
  value,
  regionCode,
}: {
  value: string | undefined;
  regionCode: string | undefined;
}) {
  const { t } = useTranslation('intake');
  const { local } = useLocale();
  const code = normaliseCreditCode(value ?? '');
  if (!code) return <span>{t('register.creditCodeHelp')}</span>;
  const check = checkCreditCode(code);
  const length = [...code].length;
  if (!check.ok && check.problem === 'length' && length < CREDIT_CODE_LENGTH) {
    return <span>{t('register.creditCodeTyping', { count: length, total: CREDIT_CODE_LENGTH })}</span>;
  }
  if (!check.ok) {
    return (
      <span className="file-upload__error" role="alert" style={{ marginTop: 0 }}>
        <ExclamationCircleFilled aria-hidden /> {local(check.message)}
      </span>
    );
  }
  return (
    <span style={{ color: '#389e0d' }} role="status">
      <CheckCircleFilled aria-hidden /> {t('register.creditCodeOk', { region: check.regionCode })}
      {regionCode && check.regionCode !== regionCode && (
        <span style={{ color: '#d46b08', display: 'block' }}>
          {t('register.creditCodeRegion', { region: check.regionCode, expected: regionCode })}
        </span>
      )}
    </span>
  );
}

/**
 * An organisation registers by its Unified Social Credit Code (checked as it is typed, check
 * character included) with its contact person's sign-in; then it is signed in and goes straight
 * to its application.
 */
export default function RegisterPage() {
  const { t } = useTranslation('intake');
  usePageTitle(t('register.title'));
  const { local } = useLocale();
  const navigate = useNavigate();
  const { session, signIn } = useSession();
  const [form] = Form.useForm<Values>();
  const creditCode = Form.useWatch(['organisation', 'creditCode'], form);
  const programme = useProgramme(CURRENT_PROGRAMME_ID);
  const names = useReferenceNames();
  const [error, setError] = useState<{ error: ApiError; unplaced: string[] }>();
  const [saving, setSaving] = useState(false);

  if (session?.authenticated && !saving) return <Navigate to="/app" replace />;

  const required = (field: string) => [
    { required: true, whitespace: true, message: t('required', { field }) },
  ];
  const chosen = (field: string) => [{ required: true, message: t('choose', { field }) }];

  const submit = async (values: Values) => {
    setSaving(true);
    setError(undefined);
    const { organisation, account } = values;
    try {
      await organisationsApi.register({
        organisation: {
          ...organisation,
          creditCode: normaliseCreditCode(organisation.creditCode),
          name: organisation.name.trim(),
          address: organisation.address.trim(),
          legalRepresentative: organisation.legalRepresentative.trim(),
          registrationDate: organisation.registrationDate.format('YYYY-MM-DD'),
          contactName: organisation.contactName.trim(),
          contactPhone: organisation.contactPhone.trim(),
          contactEmail: organisation.contactEmail?.trim() || null,
        },
        account: {
          username: account.username.trim(),
          displayName: account.displayName.trim(),
          password: account.password,
          phone: organisation.contactPhone.trim(),
          ...(organisation.contactEmail?.trim() ? { email: organisation.contactEmail.trim() } : {}),
        },
      });
      await signIn(account.username.trim(), account.password);
      navigate('/app/application', { replace: true });
    } catch (reason) {
      const apiError = asApiError(reason);
      setError({ error: apiError, unplaced: applyNestedFieldErrors(form, apiError, FIELDS) });
      setSaving(false);
      window.scrollTo({ top: 0, behavior: 'smooth' });
    }
  };

  const options = (items: typeof names.towns) =>
    items.filter((item) => item.active).map((item) => ({ value: item.id, label: local(item.name) }));

  return (
    <div style={{ maxWidth: 920, margin: '0 auto' }}>
      <div className="page-header">
        <Typography.Title level={1}>{t('register.title')}</Typography.Title>
        <p className="page-header__lead">{t('register.lead')}</p>
      </div>
      {error && <ApiErrorAlert error={error.error} unplaced={error.unplaced} />}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ organisation: { kind: 'enterprise' } }}
        onFinish={(values) => void submit(values)}
        scrollToFirstError={{ behavior: 'smooth', block: 'center' }}
      >
        <Card title={t('register.organisationSection')} style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                name={['organisation', 'creditCode']}
                label={t('register.creditCode')}
                extra={
                  <CreditCodeHint
                    value={creditCode}
                    regionCode={programme.data?.parameters.jurisdictionRegionCode.value}
                  />
                }
                rules={[
                  ...required(t('register.creditCode')),
                  {
                    validator: (_, value: string | undefined) => {
                      const check = checkCreditCode(normaliseCreditCode(value ?? ''));
                      return !value || check.ok
                        ? Promise.resolve()
                        : Promise.reject(new Error(local(check.message)));
                    },
                    validateTrigger: 'onSubmit',
                  },
                ]}
              >
                <Input
                  maxLength={24}
                  autoComplete="off"
                  spellCheck={false}
                  style={{ fontFamily: 'ui-monospace, monospace' }}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name={['organisation', 'name']}
                label={t('register.name')}
                rules={required(t('register.name'))}
              >
                <Input maxLength={200} autoComplete="organization" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name={['organisation', 'kind']}
                label={t('register.kind')}
                rules={chosen(t('register.kind'))}
              >
                <Radio.Group
                  options={(['enterprise', 'non_profit'] as const).map((kind) => ({
                    value: kind,
                    label: t(`register.kinds.${kind}`),
                  }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name={['organisation', 'industry']}
                label={t('register.industry')}
                rules={chosen(t('register.industry'))}
              >
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  placeholder={t('register.industryPlaceholder')}
                  options={INDUSTRY_SECTIONS.map((code) => ({
                    value: code,
                    label: `${code} ${local(INDUSTRY_NAMES[code])}`,
                  }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name={['organisation', 'townId']}
                label={t('register.town')}
                rules={chosen(t('register.town'))}
              >
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  options={options(names.towns)}
                  placeholder={t('register.townPlaceholder')}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name={['organisation', 'departmentId']}
                label={t('register.department')}
                rules={chosen(t('register.department'))}
                extra={t('register.departmentHelp')}
              >
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  options={options(names.departments)}
                  placeholder={t('register.departmentPlaceholder')}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name={['organisation', 'registrationDate']}
                label={t('register.registrationDate')}
                rules={chosen(t('register.registrationDate'))}
                extra={t('register.registrationDateHelp')}
              >
                <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name={['organisation', 'legalRepresentative']}
                label={t('register.legalRepresentative')}
                rules={required(t('register.legalRepresentative'))}
              >
                <Input maxLength={50} />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item
                name={['organisation', 'address']}
                label={t('register.address')}
                rules={required(t('register.address'))}
              >
                <Input maxLength={300} autoComplete="street-address" />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Card title={t('register.contactSection')} style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item
                name={['organisation', 'contactName']}
                label={t('register.contactName')}
                rules={required(t('register.contactName'))}
              >
                <Input maxLength={50} autoComplete="name" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name={['organisation', 'contactPhone']}
                label={t('register.contactPhone')}
                rules={[
                  ...required(t('register.contactPhone')),
                  { pattern: /^[0-9+() -]{5,30}$/, message: t('register.phoneInvalid') },
                ]}
              >
                <Input maxLength={30} autoComplete="tel" inputMode="tel" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name={['organisation', 'contactEmail']}
                label={t('register.contactEmail')}
                rules={[{ type: 'email', message: t('register.emailInvalid') }]}
              >
                <Input maxLength={200} autoComplete="email" inputMode="email" />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Card title={t('register.accountSection')} style={{ marginBottom: 16 }}>
          <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
            {t('register.accountLead')}
          </Typography.Paragraph>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                name={['account', 'username']}
                label={t('register.username')}
                extra={t('register.usernameHelp')}
                rules={[
                  ...required(t('register.username')),
                  { pattern: /^[A-Za-z0-9][A-Za-z0-9._@-]{2,63}$/, message: t('register.usernameInvalid') },
                ]}
              >
                <Input autoComplete="username" spellCheck={false} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name={['account', 'displayName']}
                label={t('register.displayName')}
                extra={t('register.displayNameHelp')}
                rules={required(t('register.displayName'))}
              >
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <PasswordRules id="register-password-rules" />
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name={['account', 'password']}
                label={t('register.password')}
                rules={[{ required: true, message: t('required', { field: t('register.password') }) }]}
              >
                <Input.Password autoComplete="new-password" aria-describedby="register-password-rules" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name={['account', 'confirm']}
                label={t('register.confirm')}
                dependencies={[['account', 'password']]}
                rules={[
                  { required: true, message: t('required', { field: t('register.confirm') }) },
                  ({ getFieldValue }) => ({
                    validator: (_, value) =>
                      !value || getFieldValue(['account', 'password']) === value
                        ? Promise.resolve()
                        : Promise.reject(new Error(t('register.mismatch'))),
                  }),
                ]}
              >
                <Input.Password autoComplete="new-password" />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Card>
          <Typography.Paragraph style={{ marginTop: 0 }}>{t('register.pledge')}</Typography.Paragraph>
          <Button type="primary" htmlType="submit" size="large" loading={saving}>
            {t('register.submit')}
          </Button>
          <span style={{ marginInlineStart: 16 }}>
            {t('register.haveAccount')}{' '}
            <Link to="/sign-in?next=/app/application">{t('register.signIn')}</Link>
          </span>
        </Card>
      </Form>
    </div>
  );
}
