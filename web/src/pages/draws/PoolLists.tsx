import { Collapse, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EligibleExpert, ExcludedExpert } from '../../../../src/draws/core/eligible-pool.js';
import type { PoolDocument } from '../../api/draws.js';
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
  const nameColumn = nameOf
    ? [
        {
          key: 'name',
          title: t('draws.expertName'),
          render: (_: unknown, e: { expertId: string }) => nameOf(e.expertId) ?? t('common.empty'),
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
            <Table<ExcludedExpert>
              size="small"
              rowKey="expertId"
              dataSource={document.excluded}
              pagination={document.excluded.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
              scroll={{ x: 'max-content' }}
              columns={[
                {
                  key: 'code',
                  title: t('draws.expertCode'),
                  render: (_, e) => <span className="hash">{e.expertId}</span>,
                },
                ...nameColumn,
                {
                  key: 'reasons',
                  title: t('draws.reasons'),
                  render: (_, e) => (
                    <ExclusionReasons reasons={e.reasons} organisationName={organisationName} />
                  ),
                },
              ]}
            />
          ),
        },
        {
          key: 'eligible',
          label: t('draws.eligibleTitle', { count: document.eligible.length }),
          children: (
            <Table<EligibleExpert>
              size="small"
              rowKey="expertId"
              dataSource={document.eligible}
              pagination={document.eligible.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
              scroll={{ x: 'max-content' }}
              columns={[
                {
                  key: 'code',
                  title: t('draws.expertCode'),
                  render: (_, e) => <span className="hash">{e.expertId}</span>,
                },
                ...nameColumn,
                {
                  key: 'lead',
                  title: t('draws.canLead'),
                  render: (_, e) =>
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
