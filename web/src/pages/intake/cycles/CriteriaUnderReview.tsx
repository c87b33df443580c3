import { Alert, Flex, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Cycle } from '../../../api/intake.js';
import { useLocale } from '../../../i18n/useLocale.js';
import { ErrorState } from '../../../layout/ErrorState.js';
import { FrameworkTable } from '../../public/FrameworkTable.js';
import { ParametersTable } from '../../public/ParametersTable.js';
import '../../public/public.css';
import { useFramework, useProgramme } from '../shared/useCatalogue.js';

/**
 * What the chair approves (Art. 5): the cycle's rules — every number of the programme with the
 * article it comes from — and its GB/T 19580 scoring framework, categories, items and points,
 * read from the same versioned data the evaluation will use.
 */
export function CriteriaUnderReview({ cycle }: { cycle: Cycle }) {
  const { t } = useTranslation('intake');
  const { local } = useLocale();
  const programme = useProgramme(cycle.rulesVersionId);
  const framework = useFramework(cycle.frameworkId);
  const chairMayApprove = cycle.transitions.includes('criteria_approved');
  if (programme.error) return <ErrorState error={programme.error} onRetry={programme.reload} />;
  if (framework.error) return <ErrorState error={framework.error} onRetry={framework.reload} />;
  if (!programme.data || !framework.data) return <Skeleton active paragraph={{ rows: 8 }} />;
  const items = framework.data.categories.reduce((n, c) => n + c.items.length, 0);
  return (
    <section aria-labelledby="criteria-title" style={{ marginTop: 24 }}>
      <h2 className="section-title" id="criteria-title">
        {t(cycle.stage === 'draft' ? 'criteriaReview.title' : 'criteriaReview.titleApproved')}
      </h2>
      <p className="muted" style={{ marginTop: 0 }}>
        {t('criteriaReview.lead')}
      </p>
      {chairMayApprove && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('criteriaReview.chairHint')} />
      )}
      <Flex vertical gap={8} style={{ marginBottom: 16 }}>
        <strong>
          {t('criteriaReview.programme', {
            title: local(programme.data.title),
            number: programme.data.documentNumber,
          })}
        </strong>
        <strong>
          {t('criteriaReview.framework', {
            title: local(framework.data.title),
            categories: framework.data.categories.length,
            items,
            total: framework.data.totalPoints,
          })}
        </strong>
      </Flex>
      <Flex vertical gap={20}>
        <ParametersTable programme={programme.data} />
        <FrameworkTable framework={framework.data} />
      </Flex>
    </section>
  );
}
