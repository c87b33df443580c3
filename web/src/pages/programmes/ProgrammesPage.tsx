import { ArrowRightOutlined } from '@ant-design/icons';
import { Button, Col, Flex, Row, Skeleton, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useApi } from '../../api/useApi.js';
import { Panel } from '../../components/Panel.js';
import { useLocale } from '../../i18n/useLocale.js';
import { ErrorState } from '../../layout/ErrorState.js';
import { PageHeader } from '../../layout/PageHeader.js';
import { usePageTitle } from '../../layout/usePageTitle.js';

/** The installation home: every award the platform runs, each with its own public pages (/p/<slug>). */
export default function ProgrammesPage() {
  const { t } = useTranslation();
  const { local } = useLocale();
  const navigate = useNavigate();
  usePageTitle(t('programmes.title'));
  const list = useApi('/api/public/programmes');

  return (
    <>
      <PageHeader title={t('programmes.title')} lead={t('programmes.lead')} />
      {list.error && <ErrorState error={list.error} onRetry={list.reload} />}
      {!list.data && !list.error && <Skeleton active />}
      <Row gutter={[24, 24]}>
        {list.data?.items.map((programme, index) => (
          <Col key={programme.id} xs={24} md={12}>
            <Panel data-testid={`programme-${programme.id}`}>
              <Flex vertical gap={8}>
                <Flex gap={8} wrap align="center">
                  <Tag color="red">{t(`programmes.levels.${programme.level}`)}</Tag>
                  {index === 0 && <Tag>{t('programmes.default')}</Tag>}
                </Flex>
                <h2 className="section-title" style={{ margin: 0 }}>
                  {local(programme.name)}
                </h2>
                <div className="text-secondary">{local(programme.issuer)}</div>
                <div className="text-secondary">
                  {t('programmes.jurisdiction', { code: programme.jurisdictionCode })}
                </div>
                <div>
                  <Button
                    type="primary"
                    icon={<ArrowRightOutlined />}
                    onClick={() => navigate(`/p/${encodeURIComponent(programme.id)}`)}
                    aria-label={`${t('programmes.open')} ${local(programme.name)}`}
                  >
                    {t('programmes.open')}
                  </Button>
                </div>
              </Flex>
            </Panel>
          </Col>
        ))}
      </Row>
    </>
  );
}
