import { Card, Descriptions, Empty, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApplicationView, FilePurpose } from '../../../api/intake.js';
import { FileLink } from './files.js';

const PURPOSES: FilePurpose[] = ['self-assessment-report', 'evidence', 'endorsement', 'other'];

/** The application's files by purpose (report, evidence, endorsement documents), each a logged download. */
export function MaterialsCard({ application }: { application: ApplicationView }) {
  const { t } = useTranslation('intake');
  return (
    <Card title={t('check.materials')} data-testid="materials">
      {application.files.length === 0 ? (
        <Empty description={t('check.noFiles')} />
      ) : (
        <Descriptions
          size="small"
          column={1}
          items={PURPOSES.filter((p) => application.files.some((f) => f.purpose === p)).map((purpose) => ({
            key: purpose,
            label: t(`files.purposes.${purpose}`),
            children: (
              <Flex vertical gap={4}>
                {application.files
                  .filter((f) => f.purpose === purpose)
                  .map((file) => (
                    <FileLink key={file.id} file={file} />
                  ))}
              </Flex>
            ),
          }))}
        />
      )}
    </Card>
  );
}
