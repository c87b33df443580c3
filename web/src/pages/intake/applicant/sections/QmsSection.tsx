import { Col, DatePicker, Input, Radio, Row, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { QualityManagementSystem } from '../../../../../../src/applications/core/application-form.js';
import { FieldBlock } from './FieldBlock.js';
import { SectionCard } from './SectionCard.js';
import { yesNo, type SectionProps } from './types.js';
import { useProgrammeFacts } from '../../shared/useProgrammeFacts.js';

/** 3. Quality management system: certified, by whom, since when (Art. 8(2)). */
export function QmsSection({ view, form, update }: SectionProps) {
  const { t } = useTranslation('intake');
  const facts = useProgrammeFacts(view);
  const qmsClause = facts.clause('quality-system');
  const items = view.checklist.filter((i) => i.key === 'qms');
  const set = (change: Partial<QualityManagementSystem>) =>
    update((f) => ({ ...f, qms: { ...f.qms, ...change } }));
  const { qms } = form;
  return (
    <SectionCard id="qms" number={3} title={t('form.sections.qms')} items={items}>
      <FieldBlock path="qms.certified" label={t('qms.certified')}>
        <Radio.Group
          aria-label={t('qms.certified')}
          value={yesNo(qms.certified)}
          options={[
            { value: true, label: t('form.yes') },
            { value: false, label: t('form.no') },
          ]}
          onChange={(e) => set({ certified: e.target.value as boolean })}
        />
      </FieldBlock>
      {qms.certified === false ? (
        <Typography.Paragraph type="warning">
          {t('qms.notCertifiedHint', { clause: qmsClause })}
        </Typography.Paragraph>
      ) : (
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <FieldBlock path="qms.standard" label={t('qms.standard')}>
              <Input
                aria-label={t('qms.standard')}
                maxLength={200}
                placeholder="GB/T 19001-2016 / ISO 9001:2015"
                value={qms.standard}
                onChange={(e) => set({ standard: e.target.value })}
              />
            </FieldBlock>
          </Col>
          <Col xs={24} md={12}>
            <FieldBlock path="qms.certificateNumber" label={t('qms.certificateNumber')}>
              <Input
                aria-label={t('qms.certificateNumber')}
                maxLength={100}
                value={qms.certificateNumber}
                onChange={(e) => set({ certificateNumber: e.target.value })}
              />
            </FieldBlock>
          </Col>
          <Col xs={24} md={12}>
            <FieldBlock path="qms.certificationBody" label={t('qms.certificationBody')}>
              <Input
                aria-label={t('qms.certificationBody')}
                maxLength={200}
                value={qms.certificationBody}
                onChange={(e) => set({ certificationBody: e.target.value })}
              />
            </FieldBlock>
          </Col>
          <Col xs={24} md={12}>
            <FieldBlock
              path="qms.effectiveSince"
              label={t('qms.effectiveSince')}
              help={t('qms.effectiveSinceHelp', {
                clause: qmsClause,
                years: facts.parameters?.minYearsQmsEffective.value ?? '…',
              })}
            >
              <DatePicker
                aria-label={t('qms.effectiveSince')}
                style={{ width: '100%' }}
                format="YYYY-MM-DD"
                value={qms.effectiveSince ? dayjs(qms.effectiveSince, 'YYYY-MM-DD') : null}
                onChange={(value) => set({ effectiveSince: value ? value.format('YYYY-MM-DD') : null })}
              />
            </FieldBlock>
          </Col>
        </Row>
      )}
    </SectionCard>
  );
}
