import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProgrammeParameter, ProgrammeVersion } from '../../../../src/programmes/programme.types.js';
import { ArticleTag } from '../../components/ArticleTag.js';
import { useLocale } from '../../i18n/useLocale.js';
import { Panel } from '../../components/Panel.js';

interface Fact {
  key: string;
  label: string;
  value: string;
  note: string;
  parameter: ProgrammeParameter;
}

/** The award's headline numbers, each with the article it comes from (Art. 4, 17, 20). */
export function AwardFacts({ programme }: { programme: ProgrammeVersion }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { maxWinnersPerYear, prizePerWinnerYuan, titleValidityYears } = programme.parameters;
  const amount = new Intl.NumberFormat(locale, locale === 'zh-CN' ? { notation: 'compact' } : {}).format(
    prizePerWinnerYuan.value,
  );
  const facts: Fact[] = [
    {
      key: 'winners',
      label: t('home.maxWinners'),
      value: t('home.maxWinnersValue', { value: maxWinnersPerYear.value }),
      note: t('home.maxWinnersNote'),
      parameter: maxWinnersPerYear,
    },
    {
      key: 'prize',
      label: t('home.prize'),
      value: t('home.prizeValue', { amount }),
      note: t('home.prizeNote'),
      parameter: prizePerWinnerYuan,
    },
    {
      key: 'validity',
      label: t('home.validity'),
      value: t('home.validityValue', { value: titleValidityYears.value }),
      note: t('home.validityNote'),
      parameter: titleValidityYears,
    },
  ];
  return (
    <Flex vertical gap={12} component="section" aria-label={t('home.factsTitle')}>
      {facts.map((fact) => (
        <Panel key={fact.key} size="small" styles={{ body: { padding: '14px 18px' } }}>
          <Flex justify="space-between" align="center" gap={8}>
            <span style={{ color: 'var(--ink-muted)' }}>{fact.label}</span>
            <ArticleTag source={fact.parameter.source} />
          </Flex>
          <div className="fact-value">{fact.value}</div>
          <div className="fact-note">{fact.note}</div>
        </Panel>
      ))}
    </Flex>
  );
}
