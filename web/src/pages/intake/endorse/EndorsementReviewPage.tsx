import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Flex, Grid, Row, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { useApplicationView, type ApplicationView } from '../../../api/intake.js';
import { formatDateTime } from '../../../i18n/format.js';
import { useLocale } from '../../../i18n/useLocale.js';
import { ErrorState } from '../../../layout/ErrorState.js';
import { PageHeader } from '../../../layout/PageHeader.js';
import { ApplicationReadOnly } from '../shared/ApplicationReadOnly.js';
import { EligibilityList, EligibilitySummary } from '../shared/EligibilityList.js';
import { EndorsementList } from '../shared/EndorsementList.js';
import { ApplicationStatusTag } from '../shared/StatusTags.js';
import { useFramework } from '../shared/useCatalogue.js';
import { OpinionForm } from './OpinionForm.js';
import '../intake.css';

/** An endorser reads the application (files included) and records the opinion of its town or department. */
export default function EndorsementReviewPage() {
  const { t } = useTranslation('intake');
  const { locale } = useLocale();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const loaded = useApplicationView(id);
  const [recorded, setRecorded] = useState<ApplicationView>();
  const application = recorded ?? loaded.data;
  const framework = useFramework(application?.cycle.frameworkId);
  const wide = Grid.useBreakpoint().lg ?? true;

  if (loaded.error) return <ErrorState error={loaded.error} onRetry={loaded.reload} />;
  if (!application) return <Skeleton active paragraph={{ rows: 12 }} />;

  const pending = application.abilities.endorseAs.length > 0;
  const eligibility = (
    <Card size="small" title={t('eligibility.title')}>
      <EligibilitySummary report={application.eligibility} />
      <EligibilityList report={application.eligibility} compact />
    </Card>
  );
  return (
    <>
      <PageHeader
        title={application.organisation?.name ?? t('endorse.reviewTitle')}
        lead={t('endorse.reviewLead', {
          year: application.cycle.year,
          deadline: formatDateTime(application.deadline, locale),
        })}
        extra={
          <Flex gap={8} align="center" wrap>
            <ApplicationStatusTag status={application.status} />
            <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/app/endorsements')}>
              {t('endorse.back')}
            </Button>
          </Flex>
        }
      />
      {recorded && !pending && (
        <Alert type="success" showIcon style={{ marginBottom: 16 }} title={t('endorse.recorded')} />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={{ span: 24, order: 2 }} lg={{ span: 16, order: 1 }}>
          <ApplicationReadOnly application={application} framework={framework.data} />
        </Col>
        <Col xs={{ span: 24, order: 1 }} lg={{ span: 8, order: 2 }}>
          <Flex vertical gap={16}>
            {pending && <OpinionForm application={application} onRecorded={setRecorded} />}
            <Card size="small" title={t('endorse.title')}>
              <EndorsementList application={application} />
            </Card>
            {wide && eligibility}
          </Flex>
        </Col>
        {!wide && <Col xs={{ span: 24, order: 3 }}>{eligibility}</Col>}
      </Row>
    </>
  );
}
