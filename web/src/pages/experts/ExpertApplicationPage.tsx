import { ArrowLeftOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Flex, Result, Row, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { useApplicationView } from '../../api/intake.js';
import { ErrorState } from '../../layout/ErrorState.js';
import { PageHeader } from '../../layout/PageHeader.js';
import { ApplicationReadOnly } from '../intake/shared/ApplicationReadOnly.js';
import { MaterialsCard } from '../intake/shared/MaterialsCard.js';
import { useFramework } from '../intake/shared/useCatalogue.js';
import '../intake/intake.css';

/**
 * A drawn expert reads an application the panel reviews: the material and its files, read-only,
 * with no office controls. Whether the expert may is the server's record-level rule (a confirmed
 * seat on the application's panel and the cycle's undertaking accepted, Art. 25): the page shows
 * what the server answers, and says what is missing when it refuses.
 */
export default function ExpertApplicationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const loaded = useApplicationView(id);
  const application = loaded.data;
  const framework = useFramework(application?.cycle.frameworkId);
  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/app/invitations')}>
      {t('reader.back')}
    </Button>
  );

  if (loaded.error?.code === 'expert/undertaking-required' || loaded.error?.code === 'record/not-found') {
    const undertaking = loaded.error.code === 'expert/undertaking-required';
    return (
      <Result
        status={undertaking ? 'warning' : '403'}
        title={t(undertaking ? 'reader.undertakingTitle' : 'reader.notOnPanelTitle')}
        subTitle={t(undertaking ? 'reader.undertakingText' : 'reader.notOnPanelText')}
        extra={back}
      />
    );
  }
  if (loaded.error) return <ErrorState error={loaded.error} onRetry={loaded.reload} />;
  if (!application) return <Skeleton active paragraph={{ rows: 12 }} />;

  return (
    <>
      <PageHeader
        title={application.organisation?.name ?? t('reader.title')}
        lead={t('reader.lead', { year: application.cycle.year })}
        extra={back}
      />
      <Alert
        type="info"
        showIcon
        icon={<SafetyCertificateOutlined />}
        style={{ marginBottom: 16 }}
        title={t('reader.confidential')}
        data-testid="reader-notice"
      />
      <Row gutter={[16, 16]}>
        <Col xs={{ span: 24, order: 2 }} lg={{ span: 16, order: 1 }}>
          <ApplicationReadOnly application={application} framework={framework.data} />
        </Col>
        <Col xs={{ span: 24, order: 1 }} lg={{ span: 8, order: 2 }}>
          <Flex vertical gap={16}>
            <MaterialsCard application={application} />
          </Flex>
        </Col>
      </Row>
    </>
  );
}
