import { Col, Input, InputNumber, Radio, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { OrganisationFacts } from '../../shared/ApplicationReadOnly.js';
import { FieldBlock } from './FieldBlock.js';
import { SectionCard } from './SectionCard.js';
import { yesNo, type SectionProps } from './types.js';

/** 1. The organisation as registered, its jurisdiction and legal-person status, size and products. */
export function BasicSection({ view, form, update, fieldErrors }: SectionProps) {
  const { t } = useTranslation('intake');
  const items = view.checklist.filter((i) => ['jurisdiction', 'employees', 'main-products'].includes(i.key));
  const yesNoOptions = [
    { value: true, label: t('form.yes') },
    { value: false, label: t('form.no') },
  ];
  return (
    <SectionCard id="basic" number={1} title={t('form.sections.basic')} items={items}>
      <div className="field-target" style={{ marginBottom: 16 }}>
        <OrganisationFacts application={view} />
      </div>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <FieldBlock path="registeredInJurisdiction" label={t('form.registeredInJurisdiction')}>
            <Radio.Group
              aria-label={t('form.registeredInJurisdiction')}
              options={yesNoOptions}
              value={yesNo(form.registeredInJurisdiction)}
              onChange={(e) => update((f) => ({ ...f, registeredInJurisdiction: e.target.value as boolean }))}
            />
          </FieldBlock>
        </Col>
        <Col xs={24} md={12}>
          <FieldBlock path="legalPerson" label={t('form.legalPerson')}>
            <Radio.Group
              aria-label={t('form.legalPerson')}
              options={yesNoOptions}
              value={yesNo(form.legalPerson)}
              onChange={(e) => update((f) => ({ ...f, legalPerson: e.target.value as boolean }))}
            />
          </FieldBlock>
        </Col>
        <Col xs={24} md={8}>
          <FieldBlock path="employees" label={t('form.employees')} errors={fieldErrors.employees}>
            <InputNumber
              aria-label={t('form.employees')}
              min={1}
              max={10_000_000}
              precision={0}
              style={{ width: '100%' }}
              value={form.employees}
              onChange={(value) => update((f) => ({ ...f, employees: value ?? null }))}
            />
          </FieldBlock>
        </Col>
        <Col xs={24} md={16}>
          <FieldBlock path="mainProducts" label={t('form.mainProducts')} errors={fieldErrors.mainProducts}>
            <Input
              aria-label={t('form.mainProducts')}
              maxLength={1000}
              value={form.mainProducts}
              placeholder={t('form.mainProductsPlaceholder')}
              onChange={(e) => update((f) => ({ ...f, mainProducts: e.target.value }))}
            />
          </FieldBlock>
        </Col>
      </Row>
    </SectionCard>
  );
}
