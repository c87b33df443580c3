import { useTranslation } from 'react-i18next';
import type { ProgrammeVersion } from '../../../../src/programmes/programme.types.js';
import { ArticleTag } from '../../components/ArticleTag.js';
import { StepList } from '../../components/StepList.js';

const STEPS = [
  { key: 'announce', article: 13 },
  { key: 'apply', article: 14 },
  { key: 'check', article: 15 },
  { key: 'review', article: 15 },
  { key: 'deliberate', article: 15 },
  { key: 'notice', article: 16 },
  { key: 'approve', article: 16 },
] as const;

/** The award procedure of Art. 13–16, with the programme's own numbers (panel size, notice days). */
export function ProcessSteps({ programme }: { programme: ProgrammeVersion }) {
  const { t } = useTranslation();
  const { panelSizeMin, panelSizeMax, publicNoticeMinDays } = programme.parameters;
  const values = { min: panelSizeMin.value, max: panelSizeMax.value, days: publicNoticeMinDays.value };
  return (
    <StepList
      items={STEPS.map((step) => ({
        key: step.key,
        status: 'process',
        title: t(`home.steps.${step.key}`),
        subTitle: <ArticleTag source={{ article: step.article }} />,
        content: <span style={{ color: 'var(--ink-muted)' }}>{t(`home.steps.${step.key}Text`, values)}</span>,
      }))}
    />
  );
}
