import { Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../layout/PageHeader.js';
import { ReferenceTable } from './ReferenceTable.js';

/** Towns / sub-districts (Art. 14 endorsements) and competent departments (Art. 8(6)). */
export default function ReferencePage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('reference.title')} lead={t('reference.lead')} />
      <Card>
        <Tabs
          destroyOnHidden
          items={[
            { key: 'towns', label: t('reference.towns'), children: <ReferenceTable kind="towns" /> },
            {
              key: 'departments',
              label: t('reference.departments'),
              children: <ReferenceTable kind="departments" />,
            },
          ]}
        />
      </Card>
    </>
  );
}
