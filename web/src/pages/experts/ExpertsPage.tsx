import {
  DownloadOutlined,
  DownOutlined,
  EditOutlined,
  PlusOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import {
  Button,
  Card,
  Dropdown,
  Flex,
  Grid,
  Input,
  Select,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPERT_STATUSES, type ExpertStatus } from '../../../../src/experts/core/expert.js';
import type { IndustrySection } from '../../../../src/organisations/core/organisation.js';
import { EXPERT_EXPORT_URL, type Expert, type ExpertFilter } from '../../api/experts.js';
import { useApi } from '../../api/useApi.js';
import { usePaging } from '../../api/usePaging.js';
import { ErrorState } from '../../layout/ErrorState.js';
import { PageHeader } from '../../layout/PageHeader.js';
import { ExpertFormDrawer } from './ExpertFormDrawer.js';
import { ExpertStatusModal, type StatusChange } from './ExpertStatusModal.js';
import { ExpertStatusTag } from './ExpertStatusTag.js';
import { ImportExpertsModal } from './ImportExpertsModal.js';
import { IndustryTags } from './IndustryTags.js';
import { ActivationCodeModal } from './ActivationCodeModal.js';
import { useExpertVocabulary } from './useExpertVocabulary.js';
import './experts.css';

/** The Office: the expert pool with filters, the expert form, status changes, import and export. */
export default function ExpertsPage() {
  const { t } = useTranslation();
  const vocabulary = useExpertVocabulary();
  const [filter, setFilter] = useState<ExpertFilter>({});
  const [editing, setEditing] = useState<Expert | 'new'>();
  const [changing, setChanging] = useState<StatusChange>();
  const [issuing, setIssuing] = useState<Expert>();
  const [importing, setImporting] = useState(false);
  const paging = usePaging(JSON.stringify(filter));
  const experts = useApi('/api/experts', { query: { ...filter, ...paging.params } });
  // On phones the table keeps name, industries and actions; the rest goes under the name.
  const wide = Grid.useBreakpoint().md !== false;

  const actions = (expert: Expert) => {
    const final = expert.status === 'disqualified';
    return [
      expert.status === 'suspended'
        ? { key: 'active', label: t('experts.reinstate') }
        : { key: 'suspended', label: t('experts.suspend'), disabled: final },
      { key: 'disqualified', label: t('experts.disqualify'), danger: true, disabled: final },
      { type: 'divider' as const },
      { key: 'password', label: t('experts.issuePassword'), disabled: final },
    ];
  };

  return (
    <>
      <PageHeader
        title={t('experts.title')}
        lead={t('experts.lead')}
        extra={
          <Space wrap>
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
              {t('experts.import')}
            </Button>
            <Button icon={<DownloadOutlined />} href={EXPERT_EXPORT_URL} download>
              {t('experts.export')}
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {t('experts.add')}
            </Button>
          </Space>
        }
      />
      <Card>
        <Flex wrap gap={12} style={{ marginBottom: 16 }} role="search">
          <Input.Search
            allowClear
            placeholder={t('experts.search')}
            aria-label={t('experts.search')}
            enterButton={t('common.search')}
            onSearch={(value) => setFilter((f) => ({ ...f, search: value.trim() || undefined }))}
            style={{ flex: '2 1 260px' }}
          />
          <Select<IndustrySection>
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('industry.any')}
            aria-label={t('experts.industry')}
            value={filter.industry}
            onChange={(industry) => setFilter((f) => ({ ...f, industry }))}
            options={vocabulary.industryOptions}
            style={{ flex: '1 1 200px', maxWidth: 300 }}
          />
          <Select<ExpertStatus>
            allowClear
            placeholder={t('experts.anyStatus')}
            aria-label={t('experts.status')}
            value={filter.status}
            onChange={(status) => setFilter((f) => ({ ...f, status }))}
            options={EXPERT_STATUSES.map((status) => ({
              value: status,
              label: t(`experts.statuses.${status}`),
            }))}
            style={{ flex: '1 1 120px', maxWidth: 160 }}
          />
          <Select<'true' | 'false'>
            allowClear
            placeholder={t('experts.canLeadFilter')}
            aria-label={t('experts.canLeadFilter')}
            value={filter.canLead}
            onChange={(canLead) => setFilter((f) => ({ ...f, canLead }))}
            options={[
              { value: 'true', label: t('experts.canLeadYes') },
              { value: 'false', label: t('experts.canLeadNo') },
            ]}
            style={{ flex: '1 1 120px', maxWidth: 160 }}
          />
        </Flex>
        {experts.error && <ErrorState error={experts.error} onRetry={experts.reload} />}
        <Table<Expert>
          rowKey="id"
          size="middle"
          loading={experts.loading}
          dataSource={experts.data?.items ?? []}
          scroll={wide ? { x: 'max-content' } : undefined}
          pagination={paging.pagination(experts.data?.total, {
            showTotal: (count) => t('common.total', { count }),
          })}
          columns={[
            {
              key: 'expert',
              title: t('experts.columns.expert'),
              render: (_, expert) => (
                <>
                  <div style={{ fontWeight: 600 }}>{expert.name}</div>
                  <Typography.Text type="secondary" className="hash">
                    {expert.code}
                  </Typography.Text>
                  {!wide && (
                    <div style={{ marginTop: 4 }}>
                      <div style={{ marginBottom: 4 }}>{expert.employer}</div>
                      <IndustryTags sections={expert.industries} />
                      <ExpertStatusTag status={expert.status} />
                      {expert.canLead && <Tag color="gold">{t('experts.leadTag')}</Tag>}
                    </div>
                  )}
                </>
              ),
            },
            {
              key: 'identity',
              responsive: ['md'],
              title: t('experts.columns.identityNumber'),
              render: (_, expert) => <span className="hash">{expert.identityNumber}</span>,
            },
            {
              key: 'employer',
              responsive: ['md'],
              title: t('experts.columns.employer'),
              render: (_, expert) => (
                <div style={{ maxWidth: 260 }}>
                  <div>{expert.employer}</div>
                  <Typography.Text type="secondary">{expert.title}</Typography.Text>
                </div>
              ),
            },
            {
              key: 'industries',
              responsive: ['md'],
              title: t('experts.columns.industries'),
              render: (_, expert) => <IndustryTags sections={expert.industries} />,
            },
            {
              key: 'years',
              responsive: ['md'],
              title: t('experts.columns.years'),
              align: 'right',
              render: (_, expert) => t('units.years', { value: expert.yearsInQualityWork }),
            },
            {
              key: 'lead',
              responsive: ['md'],
              title: t('experts.columns.lead'),
              render: (_, expert) =>
                expert.canLead ? <Tag color="gold">{t('experts.leadTag')}</Tag> : t('common.empty'),
            },
            {
              key: 'status',
              responsive: ['md'],
              title: t('experts.columns.status'),
              render: (_, expert) =>
                expert.statusReason && expert.status !== 'active' ? (
                  <Tooltip title={t('experts.statusReason', { reason: expert.statusReason })}>
                    <span>
                      <ExpertStatusTag status={expert.status} />
                    </span>
                  </Tooltip>
                ) : (
                  <ExpertStatusTag status={expert.status} />
                ),
            },
            {
              key: 'actions',
              title: t('common.actions'),
              fixed: 'right',
              render: (_, expert) => (
                <Space size={4}>
                  <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(expert)}>
                    {t('experts.edit')}
                  </Button>
                  <Dropdown
                    trigger={['click']}
                    menu={{
                      items: actions(expert),
                      onClick: ({ key }) => {
                        if (key === 'password') setIssuing(expert);
                        else setChanging({ expert, status: key as ExpertStatus });
                      },
                    }}
                  >
                    <Button size="small" aria-label={`${t('experts.more')} ${expert.name}`}>
                      {t('experts.more')} <DownOutlined />
                    </Button>
                  </Dropdown>
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <ExpertFormDrawer
        expert={editing}
        onClose={() => setEditing(undefined)}
        onSaved={() => setEditing(undefined)}
      />
      <ExpertStatusModal
        change={changing}
        onClose={() => setChanging(undefined)}
        onChanged={() => setChanging(undefined)}
      />
      <ActivationCodeModal expert={issuing} onClose={() => setIssuing(undefined)} />
      <ImportExpertsModal
        open={importing}
        onClose={() => setImporting(false)}
        onImported={() => setImporting(false)}
      />
    </>
  );
}
