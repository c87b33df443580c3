import { CloseOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  DECLARATION_CLAUSES,
  type Declaration,
  type DeclarationClause,
} from '../../../../../../src/applications/core/application-form.js';
import { articleLabel } from '../../../../i18n/articleLabel.js';
import { useLocale } from '../../../../i18n/useLocale.js';
import { FileLink } from '../../shared/files.js';
import { DOCUMENT_TYPES, FileUpload } from '../../shared/FileUpload.js';
import { isExclusion } from '../../shared/formText.js';
import { VerdictTag } from '../../shared/StatusTags.js';
import { fieldId } from './fieldId.js';
import { SectionCard } from './SectionCard.js';
import type { SectionProps } from './types.js';

const EMPTY: Declaration = { compliant: null, note: '', fileIds: [] };

function DeclarationRow({
  clause,
  view,
  form,
  update,
  onUploaded,
}: SectionProps & { clause: DeclarationClause }) {
  const { t } = useTranslation('intake');
  const { local } = useLocale();
  const declaration = form.declarations[clause] ?? EMPTY;
  const result = view.eligibility.results.find((r) => r.key === clause);
  const exclusion = isExclusion(clause);
  const label = result ? local(result.label) : clause;
  const set = (change: Partial<Declaration>) =>
    update((f) => ({
      ...f,
      declarations: { ...f.declarations, [clause]: { ...(f.declarations[clause] ?? EMPTY), ...change } },
    }));

  return (
    <div id={fieldId(`declarations.${clause}`)} className="declaration field-target" data-clause={clause}>
      <div className="declaration__head">
        <strong style={{ marginInlineEnd: 8 }}>{label}</strong>
        {result && <span>{local(result.summary)}</span>}
      </div>
      <Flex wrap gap={12} align="center" justify="space-between">
        <Radio.Group
          aria-label={t('declarations.answerFor', { clause: label })}
          value={declaration.compliant ?? undefined}
          onChange={(e) => set({ compliant: e.target.value as boolean })}
          options={[
            { value: true, label: t(exclusion ? 'declarations.exclusionNo' : 'declarations.conditionYes') },
            { value: false, label: t(exclusion ? 'declarations.exclusionYes' : 'declarations.conditionNo') },
          ]}
        />
        <FileUpload
          applicationId={view.id}
          purpose="evidence"
          accept={DOCUMENT_TYPES}
          label={t('declarations.upload')}
          ariaLabel={t('declarations.uploadFor', { clause: label })}
          onUploaded={(file) => {
            onUploaded(file);
            update((f) => {
              const current = f.declarations[clause] ?? EMPTY;
              return {
                ...f,
                declarations: {
                  ...f.declarations,
                  [clause]: { ...current, fileIds: [...current.fileIds, file.id] },
                },
              };
            });
          }}
        />
      </Flex>
      {declaration.fileIds.length > 0 && (
        <Flex wrap gap={8} align="center" style={{ marginTop: 8 }}>
          {declaration.fileIds.map((id) => {
            const file = view.files.find((f) => f.id === id);
            return (
              file && (
                <span key={id} className="attached-file">
                  <FileLink file={file} />
                  <Button
                    size="small"
                    type="text"
                    icon={<CloseOutlined />}
                    aria-label={t('files.detach', { name: file.originalName })}
                    onClick={() => set({ fileIds: declaration.fileIds.filter((f) => f !== id) })}
                  />
                </span>
              )
            );
          })}
        </Flex>
      )}
      <Input.TextArea
        aria-label={t('declarations.noteFor', { clause: label })}
        placeholder={t('declarations.notePlaceholder')}
        autoSize={{ minRows: 1, maxRows: 6 }}
        maxLength={2000}
        value={declaration.note}
        onChange={(e) => set({ note: e.target.value })}
        style={{ marginTop: 8 }}
      />
      {result && (declaration.compliant !== null || result.source !== 'declaration') && (
        <Flex gap={8} align="baseline" className="declaration__verdict" style={{ marginTop: 8 }}>
          <VerdictTag verdict={result.verdict} />
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {local(result.reason)}
          </Typography.Text>
        </Flex>
      )}
    </div>
  );
}

/**
 * 5. A declaration for each condition and each exclusion, with evidence. The articles they are
 * stated in are the programme's data, as the server's eligibility report cites them (Jinshui 2011:
 * Art. 8 and Art. 9).
 */
export function DeclarationsSection(props: SectionProps) {
  const { t } = useTranslation('intake');
  const { local } = useLocale();
  const items = props.view.checklist.filter((i) => i.key === 'declarations');
  const conditions = DECLARATION_CLAUSES.filter((c) => !isExclusion(c));
  const exclusions = DECLARATION_CLAUSES.filter((c) => isExclusion(c));
  const articleOf = (clause: string) => {
    const ref = props.view.eligibility.results.find((r) => r.key === clause)?.ref;
    return ref ? local(articleLabel({ article: ref.article })) : '';
  };
  const conditionsArticle = articleOf(conditions[0]!);
  const exclusionsArticle = articleOf(exclusions[0]!);
  return (
    <SectionCard id="declarations" number={5} title={t('form.sections.declarations')} items={items}>
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t('declarations.lead', { conditions: conditionsArticle, exclusions: exclusionsArticle })}
      </Typography.Paragraph>
      <h3 className="subsection-title">{t('declarations.conditions', { article: conditionsArticle })}</h3>
      {conditions.map((clause) => (
        <DeclarationRow key={clause} clause={clause} {...props} />
      ))}
      <h3 className="subsection-title">{t('declarations.exclusions', { article: exclusionsArticle })}</h3>
      {exclusions.map((clause) => (
        <DeclarationRow key={clause} clause={clause} {...props} />
      ))}
    </SectionCard>
  );
}
