import { CheckOutlined, CloseOutlined, ExclamationCircleOutlined, FileTextOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Flex,
  Pagination,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { myApi, type MyPanel } from '../../api/experts.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { useApiMutation } from '../../api/useApiMutation.js';
import { usePaging } from '../../api/usePaging.js';
import { useApi } from '../../api/useApi.js';
import { formatDateTime } from '../../i18n/format.js';
import { useLocale } from '../../i18n/useLocale.js';
import { ErrorState } from '../../layout/ErrorState.js';
import { PageHeader } from '../../layout/PageHeader.js';
import { DeclareConflictModal } from './DeclareConflictModal.js';
import { DeclineModal } from './DeclineModal.js';
import { useApplicationHeadings } from './useApplicationHeadings.js';
import { Undertaking } from './Undertaking.js';
import { useExpertVocabulary } from './useExpertVocabulary.js';
import './experts.css';

const STATUS_COLORS = { invited: 'blue', confirmed: 'green', declined: 'default' } as const;

/** An expert: the panels drawn onto, the answer, the undertaking (Art. 25), then the applications. */
export default function InvitationsPage() {
  const { t } = useTranslation();
  const paging = usePaging('', 10);
  const panels = useApi('/api/my/panels', { query: paging.params });

  return (
    <>
      <PageHeader title={t('invitations.title')} lead={t('invitations.lead')} />
      {panels.error && <ErrorState error={panels.error} onRetry={panels.reload} />}
      {!panels.data && !panels.error && <Skeleton active paragraph={{ rows: 6 }} />}
      {panels.data?.items.length === 0 && (
        <Card>
          <Empty
            description={
              <>
                <div style={{ fontWeight: 600 }}>{t('invitations.empty')}</div>
                <Typography.Text type="secondary">{t('invitations.emptyText')}</Typography.Text>
              </>
            }
          />
        </Card>
      )}
      <Flex vertical gap={20}>
        {panels.data?.items.map((item) => (
          <InvitationCard key={item.commitmentId} item={item} />
        ))}
        {(panels.data?.total ?? 0) > paging.params.pageSize && (
          <Pagination align="center" {...paging.pagination(panels.data?.total)} />
        )}
      </Flex>
    </>
  );
}

function InvitationCard({ item }: { item: MyPanel }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const { industryNames } = useExpertVocabulary();
  const [declining, setDeclining] = useState(false);
  const [declaring, setDeclaring] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const accept = useApiMutation<void, unknown>(() => myApi.acceptUndertaking(item.panel.cycleId), {
    invalidates: ['/my/panels'],
    success: t('undertaking.accepted'),
    onError: (_, text) => void message.error(text),
  });
  const [rereading, setRereading] = useState(false);
  const accepted = Boolean(item.undertakingAcceptedAt);
  const open = item.status === 'confirmed' && accepted;
  const headings = useApplicationHeadings(open ? item.applications : []);

  return (
    <Card
      title={t('invitations.cardTitle', { year: item.panel.cycleYear ?? '', panel: item.panel.name })}
      extra={
        <Space size={4} wrap>
          <Tag color={item.role === 'leader' ? 'gold' : 'blue'}>{t(`invitations.roles.${item.role}`)}</Tag>
          <Tag color={STATUS_COLORS[item.status]}>{t(`invitations.statuses.${item.status}`)}</Tag>
        </Space>
      }
      data-panel={item.panel.name}
    >
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 3 }}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'role', label: t('invitations.role'), children: t(`invitations.roles.${item.role}`) },
          {
            key: 'industries',
            label: t('invitations.industries'),
            children: industryNames(item.panel.industries),
          },
          {
            key: 'size',
            label: t('invitations.size'),
            children: t('invitations.sizeValue', { size: item.panel.size }),
          },
        ]}
      />

      {item.status === 'invited' && (
        <Flex vertical gap={12}>
          <Alert type="info" showIcon title={t('invitations.answerFirst')} />
          <Space wrap>
            <Button type="primary" icon={<CheckOutlined />} onClick={() => setConfirming(true)}>
              {t('invitations.confirm')}
            </Button>
            <Button icon={<CloseOutlined />} onClick={() => setDeclining(true)}>
              {t('invitations.decline')}
            </Button>
          </Space>
        </Flex>
      )}

      {item.status === 'declined' && <Alert type="warning" showIcon title={t('invitations.declinedText')} />}

      {item.status === 'confirmed' && !accepted && (
        <Flex vertical gap={12}>
          <Alert
            type="warning"
            showIcon
            icon={<ExclamationCircleOutlined />}
            title={t('undertaking.needed')}
          />
          <Undertaking year={item.panel.cycleYear} />
          <div>
            <Button
              type="primary"
              size="large"
              icon={<CheckOutlined />}
              loading={accept.pending}
              disabled={accept.pending}
              onClick={() => void accept.submit()}
            >
              {t('undertaking.accept')}
            </Button>
          </div>
        </Flex>
      )}

      {open && (
        <Flex vertical gap={12}>
          <Alert
            type="success"
            showIcon
            title={t('invitations.undertakingAccepted', {
              time: formatDateTime(item.undertakingAcceptedAt, locale),
              version: item.undertakingVersion,
            })}
            action={
              <Button size="small" type="link" onClick={() => setRereading((open) => !open)}>
                {rereading ? t('undertaking.hide') : t('undertaking.read')}
              </Button>
            }
          />
          {rereading && <Undertaking year={item.panel.cycleYear} />}
          <div>
            <div className="form-section-title">{t('invitations.applicationsTitle')}</div>
            {item.applications.length === 0 ? (
              <Typography.Text type="secondary">{t('invitations.applicationsEmpty')}</Typography.Text>
            ) : (
              <ul className="application-links">
                {item.applications.map((id, index) => (
                  <li key={id}>
                    <FileTextOutlined />{' '}
                    <Link to={`/app/applications/${id}`}>
                      {headings.get(id)?.organisation?.name ?? t('invitations.application', { n: index + 1 })}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </div>
          <div>
            <Button icon={<ExclamationCircleOutlined />} onClick={() => setDeclaring(true)}>
              {t('invitations.declare')}
            </Button>
          </div>
        </Flex>
      )}

      <ConfirmDialog
        open={confirming}
        title={t('invitations.confirmTitle', { panel: item.panel.name })}
        effects={[
          t('invitations.confirmEffects.serve', {
            year: item.panel.cycleYear ?? '',
            panel: item.panel.name,
            role: t(`invitations.roles.${item.role}`),
          }),
          t('invitations.confirmEffects.final'),
          t('invitations.confirmEffects.undertaking'),
        ]}
        clause={t('invitations.confirmClause')}
        okText={t('invitations.confirm')}
        send={() => myApi.respond(item.commitmentId, 'confirmed', '')}
        invalidates={['/my/panels']}
        success={t('invitations.confirmed')}
        onDone={() => setConfirming(false)}
        onClose={() => setConfirming(false)}
      />
      <DeclineModal
        open={declining}
        commitmentId={item.commitmentId}
        onClose={() => setDeclining(false)}
        onDeclined={() => setDeclining(false)}
      />
      <DeclareConflictModal
        open={declaring}
        organisations={[...headings.values()].flatMap((h) => (h.organisation ? [h.organisation] : []))}
        onClose={() => setDeclaring(false)}
        onDeclared={() => setDeclaring(false)}
      />
    </Card>
  );
}
