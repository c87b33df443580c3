import { Collapse, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EligibleExpert, ExcludedExpert } from '../../../../src/draws/core/eligible-pool.js';
import type { PoolDocument } from '../../api/draws.js';
import { PlainTable, type PlainColumn } from '../../components/PlainTable.js';
import { ExclusionReasons } from './ExclusionReasons.js';

interface Props {
  document: PoolDocument;
  /** The Office sees names beside the codes; the public sees codes only. */
  nameOf?: (code: string) => string | undefined;
  organisationName?: (id: string) => string | undefined;
  /** Open the excluded list at first. */
  openExcluded?: boolean;
}

/** The frozen pool: who is eligible (and may lead), who is excluded and every reason why. */
export function PoolLists({ document, nameOf, organisationName, openExcluded = false }: Props) {
  const { t } = useTranslation();
  const nameColumn: PlainColumn<{ expertId: string }>[] = nameOf
    ? [
        {
          key: 'name',
          title: t('draws.expertName'),
          render: (e) => nameOf(e.expertId) ?? t('common.empty'),
        },
      ]
    : [];
  return (
    <Collapse
      defaultActiveKey={openExcluded ? ['excluded'] : []}
      items={[
        {
          key: 'excluded',
          label: t('draws.excludedTitle', { count: document.excluded.length }),
          children: (
            <PlainTable<ExcludedExpert>
              rowKey={(e) => e.expertId}
              rows={document.excluded}
              pageSize={10}
              columns={[
                {
                  key: 'code',
                  title: t('draws.expertCode'),
                  render: (e) => <span className="hash">{e.expertId}</span>,
                },
                ...nameColumn,
                {
                  key: 'reasons',
                  title: t('draws.reasons'),
                  render: (e) => <ExclusionReasons reasons={e.reasons} organisationName={organisationName} />,
                },
              ]}
            />
          ),
        },
        {
          key: 'eligible',
          label: t('draws.eligibleTitle', { count: document.eligible.length }),
          children: (
            <PlainTable<EligibleExpert>
              rowKey={(e) => e.expertId}
              rows={document.eligible}
              pageSize={10}
              columns={[
                {
                  key: 'code',
                  title: t('draws.expertCode'),
                  render: (e) => <span className="hash">{e.expertId}</span>,
                },
                ...nameColumn,
                {
                  key: 'lead',
                  title: t('draws.canLead'),
                  render: (e) =>
                    e.canLead ? <Tag color="gold">{t('experts.leadTag')}</Tag> : t('common.empty'),
                },
              ]}
            />
          ),
        },
      ]}
    />
  );
}
