import { Card, Collapse, Descriptions, Empty, Flex, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { countCharacters } from '../../../../../src/applications/core/application-checklist.js';
import {
  DECLARATION_CLAUSES,
  type FinancialYear,
} from '../../../../../src/applications/core/application-form.js';
import { INDUSTRY_NAMES } from '../../../../../src/organisations/core/industries.js';
import type { FrameworkVersion } from '../../../../../src/scoring/framework.types.js';
import type { ApplicationView, StoredFile } from '../../../api/intake.js';
import { formatDate, formatNumber } from '../../../i18n/format.js';
import { useLocale } from '../../../i18n/useLocale.js';
import { FileLink } from './files.js';
import { FINANCIAL_FIELDS, isExclusion } from './formText.js';
import { useReferenceNames } from './useCatalogue.js';

function YesNo({ value, yes, no }: { value: boolean | null; yes: string; no: string }) {
  const { t } = useTranslation('intake');
  if (value === null) return <Typography.Text type="secondary">{t('form.notAnswered')}</Typography.Text>;
  return <Tag color={value ? 'green' : 'red'}>{value ? yes : no}</Tag>;
}

/** The organisation as registered: identity, jurisdiction, contacts. */
export function OrganisationFacts({ application }: { application: ApplicationView }) {
  const { t } = useTranslation('intake');
  const { local, locale } = useLocale();
  const names = useReferenceNames();
  const org = application.organisation;
  if (!org) return null;
  const town = names.town(org.townId);
  const department = names.department(org.departmentId);
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, sm: 1, md: 2 }}
      items={[
        { key: 'name', label: t('register.name'), children: org.name },
        {
          key: 'code',
          label: t('register.creditCode'),
          children: <span className="hash">{org.creditCode}</span>,
        },
        { key: 'kind', label: t('register.kind'), children: t(`register.kinds.${org.kind}`) },
        {
          key: 'industry',
          label: t('register.industry'),
          children: `${org.industry} ${local(INDUSTRY_NAMES[org.industry])}`,
        },
        { key: 'town', label: t('register.town'), children: town ? local(town.name) : org.townId },
        {
          key: 'department',
          label: t('register.department'),
          children: department ? local(department.name) : org.departmentId,
        },
        {
          key: 'registered',
          label: t('register.registrationDate'),
          children: formatDate(org.registrationDate, locale),
        },
        { key: 'legal', label: t('register.legalRepresentative'), children: org.legalRepresentative },
        { key: 'address', label: t('register.address'), children: org.address, span: { md: 2 } },
        {
          key: 'contact',
          label: t('register.contact'),
          children: [org.contactName, org.contactPhone, org.contactEmail].filter(Boolean).join(' · '),
          span: { md: 2 },
        },
      ]}
    />
  );
}

function fileById(files: StoredFile[], id: string | null) {
  return id ? files.find((f) => f.id === id) : undefined;
}

/** The application as submitted or being endorsed: every section, read-only, with its files. */
export function ApplicationReadOnly({
  application,
  framework,
}: {
  application: ApplicationView;
  framework: FrameworkVersion | undefined;
}) {
  const { t } = useTranslation('intake');
  const { local, locale } = useLocale();
  const { form, files } = application;
  const summaries = new Map(application.eligibility.results.map((r) => [r.key, r]));
  const report = fileById(files, form.selfAssessmentReportFileId);
  const dash = t('empty');
  const money = (value: number | null) => (value === null ? dash : formatNumber(value, locale));

  return (
    <Flex vertical gap={16} className="application-readonly">
      <Card size="small" title={t('form.sections.basic')}>
        <OrganisationFacts application={application} />
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 1, md: 2 }}
          style={{ marginTop: 12 }}
          items={[
            {
              key: 'jurisdiction',
              label: t('form.registeredInJurisdiction'),
              children: <YesNo value={form.registeredInJurisdiction} yes={t('form.yes')} no={t('form.no')} />,
            },
            {
              key: 'legal',
              label: t('form.legalPerson'),
              children: <YesNo value={form.legalPerson} yes={t('form.yes')} no={t('form.no')} />,
            },
            { key: 'employees', label: t('form.employees'), children: form.employees ?? dash },
            { key: 'products', label: t('form.mainProducts'), children: form.mainProducts || dash },
          ]}
        />
      </Card>

      <Card size="small" title={t('form.sections.financials')}>
        <Table<FinancialYear>
          size="small"
          rowKey="year"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={[...form.financials].sort((a, b) => b.year - a.year)}
          locale={{ emptyText: t('form.notAnswered') }}
          columns={[
            { key: 'year', title: t('financials.year'), dataIndex: 'year' },
            ...FINANCIAL_FIELDS.map((field) => ({
              key: field,
              title: t(`financials.${field}`),
              align: 'right' as const,
              render: (_: unknown, row: FinancialYear) => money(row[field]),
            })),
          ]}
        />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('financials.unit')}
        </Typography.Text>
      </Card>

      <Card size="small" title={t('form.sections.qms')}>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 1, md: 2 }}
          items={[
            {
              key: 'certified',
              label: t('qms.certified'),
              children: <YesNo value={form.qms.certified} yes={t('form.yes')} no={t('form.no')} />,
            },
            { key: 'standard', label: t('qms.standard'), children: form.qms.standard || dash },
            {
              key: 'number',
              label: t('qms.certificateNumber'),
              children: form.qms.certificateNumber || dash,
            },
            { key: 'body', label: t('qms.certificationBody'), children: form.qms.certificationBody || dash },
            {
              key: 'since',
              label: t('qms.effectiveSince'),
              children: form.qms.effectiveSince ? formatDate(form.qms.effectiveSince, locale) : dash,
            },
          ]}
        />
      </Card>

      <Card size="small" title={t('form.sections.honours')}>
        {form.honours.length ? (
          <Flex wrap gap={6}>
            {form.honours.map((honour) => (
              <Tag key={honour} color="gold">
                {t(`honours.${honour}`)}
              </Tag>
            ))}
          </Flex>
        ) : (
          <Typography.Text type="secondary">{t('honours.none')}</Typography.Text>
        )}
      </Card>

      <Card size="small" title={t('form.sections.declarations')}>
        <ul className="declaration-list">
          {DECLARATION_CLAUSES.map((clause) => {
            const declaration = form.declarations[clause];
            const result = summaries.get(clause);
            const exclusion = isExclusion(clause);
            return (
              <li key={clause} className="declaration-list__item">
                <div>
                  <strong>{result ? local(result.label) : clause}</strong>{' '}
                  <span className="clause-row__summary">{result ? local(result.summary) : ''}</span>
                </div>
                <Flex wrap gap={8} align="center" style={{ marginTop: 4 }}>
                  <YesNo
                    value={declaration?.compliant ?? null}
                    yes={t(exclusion ? 'declarations.exclusionNo' : 'declarations.conditionYes')}
                    no={t(exclusion ? 'declarations.exclusionYes' : 'declarations.conditionNo')}
                  />
                  {declaration?.note && <span>{declaration.note}</span>}
                </Flex>
                {(declaration?.fileIds ?? []).map((id) => {
                  const file = fileById(files, id);
                  return file && <FileLink key={id} file={file} />;
                })}
              </li>
            );
          })}
        </ul>
      </Card>

      <Card
        size="small"
        title={t('form.sections.overview')}
        extra={
          <Typography.Text type="secondary">
            {t('overview.count', { count: countCharacters(form.overview) })}
          </Typography.Text>
        }
      >
        {form.overview ? (
          <p className="prose">{form.overview}</p>
        ) : (
          <Typography.Text type="secondary">{t('form.notAnswered')}</Typography.Text>
        )}
      </Card>

      <Card size="small" title={t('form.sections.selfAssessment')}>
        <div style={{ marginBottom: 12 }}>
          {t('selfAssessment.reportLabel')}
          {report ? (
            <FileLink file={report} />
          ) : (
            <Typography.Text type="secondary">{t('form.notAnswered')}</Typography.Text>
          )}
        </div>
        {framework ? (
          <Collapse
            size="small"
            items={framework.categories.map((category) => ({
              key: category.code,
              label: `${category.code} ${local(category.title)}`,
              children: (
                <dl className="self-assessment-readonly">
                  {category.items.map((item) => (
                    <div key={item.code}>
                      <dt>
                        {item.code} {local(item.title)}
                      </dt>
                      <dd className="prose">
                        {form.selfAssessment[item.code] || (
                          <Typography.Text type="secondary">{t('form.notAnswered')}</Typography.Text>
                        )}
                      </dd>
                    </div>
                  ))}
                </dl>
              ),
            }))}
          />
        ) : (
          <Empty />
        )}
      </Card>
    </Flex>
  );
}
