import { useTranslation } from 'react-i18next';
import type { ProgrammeParameter, ProgrammeVersion } from '../../../../src/programmes/programme.types.js';
import { ArticleTag } from '../../components/ArticleTag.js';
import { PlainTable } from '../../components/PlainTable.js';
import { useLocale } from '../../i18n/useLocale.js';
import { formatParameter } from './formatParameter.js';
import { Panel } from '../../components/Panel.js';

interface Row {
  key: string;
  parameter: ProgrammeParameter<number | string>;
}

/** The programme's numbers (the "[param]"s of the rules), each with its source article. */
export function ParametersTable({ programme }: { programme: ProgrammeVersion }) {
  const { t } = useTranslation();
  const { locale, local } = useLocale();
  const rows: Row[] = Object.entries(programme.parameters).map(([key, parameter]) => ({ key, parameter }));
  return (
    <Panel id="parameters" className="rules-section">
      <h2 className="section-title">{t('rules.parametersTitle')}</h2>
      <p style={{ color: 'var(--ink-muted)', marginTop: 0 }}>{t('rules.parametersLead')}</p>
      <PlainTable<Row>
        rows={rows}
        rowKey={(row) => row.key}
        columns={[
          { key: 'label', title: t('rules.paramLabel'), render: (row) => local(row.parameter.label) },
          {
            key: 'value',
            title: t('rules.paramValue'),
            width: '24%',
            render: (row) => <strong>{formatParameter(row.parameter, t, locale)}</strong>,
          },
          {
            key: 'source',
            title: t('rules.paramSource'),
            width: '20%',
            render: (row) => <ArticleTag source={row.parameter.source} />,
          },
        ]}
      />
    </Panel>
  );
}
