import { useTranslation } from 'react-i18next';
import { StepList } from '../../components/StepList.js';

const STEPS = ['freeze', 'commit', 'value', 'draw'] as const;

/**
 * The four steps of a draw in plain words. With `reached` (0–4 steps done) each step says whether
 * it has happened; without it the steps explain the method.
 */
export function DrawSteps({ reached }: { reached?: number }) {
  const { t } = useTranslation();
  return (
    <StepList
      size="small"
      items={STEPS.map((step, index) => ({
        key: step,
        status: reached === undefined ? 'process' : index < reached ? 'finish' : 'wait',
        title: t(`draws.steps.${step}`),
        subTitle:
          reached === undefined
            ? undefined
            : index < reached
              ? t('draws.steps.done')
              : t('draws.steps.waiting'),
        content: <span className="draw-step-text">{t(`draws.steps.${step}Text`)}</span>,
      }))}
    />
  );
}
