import { CheckCircleFilled } from '@ant-design/icons';
import { Collapse, Flex, Input, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { selfAssessmentProgress } from '../../../../../../src/applications/core/application-checklist.js';
import type { FrameworkVersion } from '../../../../../../src/scoring/framework.types.js';
import { useLocale } from '../../../../i18n/useLocale.js';
import { FileLink } from '../../shared/files.js';
import { FileUpload } from '../../shared/FileUpload.js';
import { fieldId } from './fieldId.js';
import { FieldBlock } from './FieldBlock.js';
import { SectionCard } from './SectionCard.js';
import type { SectionProps } from './types.js';

/**
 * 7. The self-assessment against GB/T 19580, item by item (text per item, grouped by category,
 * with progress), and the full report as a PDF.
 */
export function SelfAssessmentSection({
  view,
  form,
  update,
  onUploaded,
  framework,
  open,
  onOpenChange,
}: SectionProps & { framework: FrameworkVersion; open: string[]; onOpenChange: (keys: string[]) => void }) {
  const { t } = useTranslation('intake');
  const { local } = useLocale();
  const items = view.checklist.filter(
    (i) => i.key === 'self-assessment' || i.key === 'self-assessment-report',
  );
  const progress = selfAssessmentProgress(form, framework);
  const report = form.selfAssessmentReportFileId
    ? view.files.find((f) => f.id === form.selfAssessmentReportFileId)
    : undefined;

  return (
    <SectionCard id="selfAssessment" number={7} title={t('form.sections.selfAssessment')} items={items}>
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t('selfAssessment.lead', { standard: framework.standard, total: progress.total })}
      </Typography.Paragraph>
      <Flex align="center" gap={12} style={{ marginBottom: 12 }}>
        <Progress
          percent={Math.round((progress.answered / progress.total) * 100)}
          aria-label={t('selfAssessment.progress', { answered: progress.answered, total: progress.total })}
          showInfo={false}
          style={{ flex: 1, margin: 0 }}
        />
        <span style={{ whiteSpace: 'nowrap' }}>
          {t('selfAssessment.progress', { answered: progress.answered, total: progress.total })}
        </span>
      </Flex>
      <Collapse
        activeKey={open}
        onChange={(keys) => onOpenChange(Array.isArray(keys) ? keys : [keys])}
        items={framework.categories.map((category) => {
          const answered = category.items.filter((item) => form.selfAssessment[item.code]?.trim()).length;
          return {
            key: category.code,
            label: (
              <Flex justify="space-between" gap={8} wrap>
                <span>
                  {category.code} {local(category.title)}
                </span>
                <span className="muted" style={{ whiteSpace: 'nowrap' }}>
                  {answered === category.items.length && (
                    <CheckCircleFilled style={{ color: '#389e0d', marginInlineEnd: 4 }} aria-hidden />
                  )}
                  {t('selfAssessment.categoryProgress', { answered, total: category.items.length })}
                </span>
              </Flex>
            ),
            children: category.items.map((item) => (
              <div
                key={item.code}
                id={fieldId(`selfAssessment.${item.code}`)}
                className="self-assessment-item field-target"
              >
                <div className="self-assessment-item__title">
                  {item.code} {local(item.title)}
                  <Typography.Text
                    type="secondary"
                    style={{ fontWeight: 'normal', marginInlineStart: 8, fontSize: 12 }}
                  >
                    {t(`selfAssessment.kinds.${item.kind}`, { points: item.points })}
                  </Typography.Text>
                </div>
                <Input.TextArea
                  aria-label={`${item.code} ${local(item.title)}`}
                  autoSize={{ minRows: 3, maxRows: 16 }}
                  maxLength={20_000}
                  placeholder={t(`selfAssessment.placeholders.${item.kind}`)}
                  value={form.selfAssessment[item.code] ?? ''}
                  onChange={(e) =>
                    update((f) => ({
                      ...f,
                      selfAssessment: { ...f.selfAssessment, [item.code]: e.target.value },
                    }))
                  }
                />
              </div>
            )),
          };
        })}
      />
      <div style={{ marginTop: 16 }}>
        <FieldBlock
          path="selfAssessmentReportFileId"
          label={t('selfAssessment.report')}
          help={t('selfAssessment.reportHelp')}
        >
          <Flex wrap gap={8} align="center">
            {report && <FileLink file={report} />}
            <FileUpload
              applicationId={view.id}
              purpose="self-assessment-report"
              accept=".pdf,application/pdf"
              label={report ? t('selfAssessment.replace') : t('selfAssessment.upload')}
              onUploaded={(file) => {
                onUploaded(file);
                update((f) => ({ ...f, selfAssessmentReportFileId: file.id }));
              }}
            />
          </Flex>
        </FieldBlock>
      </div>
    </SectionCard>
  );
}
