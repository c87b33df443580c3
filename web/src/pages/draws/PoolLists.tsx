import { Collapse, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EligibleExpert, ExcludedExpert } from '../../../../src/draws/core/eligible-pool.js';
import type { PoolView } from './poolView.js';
import { PlainTable, type PlainColumn } from '../../components/PlainTable.js';
import { ExclusionReasons } from './ExclusionReasons.js';

interface Props {
  pool: PoolView;
  /** The Office sees names beside the codes; the public sees codes only. */
  nameOf?: (code: string) => string | undefined;
  organisationName?: (id: string) => string | undefined;
  /** Open the excluded list at first. */
  openExcluded?: boolean;
}

/**
 * The frozen pool: who is eligible (and may lead), who is excluded and every reason why — or, for
 * a v2 draw seen by the public, how many are excluded and the SHA-256 the list is committed by.
 */
export function PoolLists({ pool, nameOf, organisationName, openExcluded = false }: Props) {
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
          label: t('draws.excludedTitle', { count: pool.excludedCount }),
          children: !pool.excluded ? (
            <p style={{ margin: 0 }}>
              {t('draws.excludedKept')} <span className="hash">{pool.excludedSha256}</span>
            </p>
          ) : (
            <PlainTable<ExcludedExpert>
              rowKey={(e) => e.expertId}
              rows={pool.excluded}
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
          label: t('draws.eligibleTitle', { count: pool.eligible.length }),
          children: (
            <PlainTable<EligibleExpert>
              rowKey={(e) => e.expertId}
              rows={pool.eligible}
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
