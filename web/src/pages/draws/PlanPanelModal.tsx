import { Alert, Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { IndustrySection } from '../../../../src/organisations/core/organisation.js';
import { typedPath } from '../../api/client.js';
import { drawsApi, type Panel } from '../../api/draws.js';
import type { ApplicationSummary } from '../../api/experts.js';
import { useApi } from '../../api/useApi.js';
import { SearchSelect } from '../../components/SearchSelect.js';
import { FormDialog } from '../../components/FormDialog.js';
import { useExpertVocabulary } from '../experts/useExpertVocabulary.js';

interface Values {
  name: string;
  industries: IndustrySection[];
  applicationIds: string[];
  size: number;
  reserves: number;
}

interface Props {
  open: boolean;
  cycleId: string;
  bounds: { min: number; max: number } | undefined;
  onClose: () => void;
  onPlanned: (panel: Panel) => void;
}

/** Plan a panel: name, industry group, the accepted applications it reviews, size and reserves. */
export function PlanPanelModal({ open, cycleId, bounds, onClose, onPlanned }: Props) {
  const { t } = useTranslation();
  const vocabulary = useExpertVocabulary();
  // Accepted applications no panel reviews yet, searched on the server as one types.
  const available = { cycleId, status: 'accepted', onPanel: 'false' } as const;
  const remaining = useApi('/api/applications', open ? { query: { ...available, pageSize: 1 } } : null);
  const min = bounds?.min ?? 5;
  const max = bounds?.max ?? 7;

  return (
    <FormDialog<Values, Panel>
      open={open}
      title={t('panels.planModal.title')}
      width={640}
      initialValues={{ size: min, reserves: 2 }}
      send={(values) => drawsApi.createPanel(cycleId, { ...values, name: values.name.trim() })}
      invalidates={[`/cycles/${cycleId}/panels`]}
      success={(panel) => t('panels.planModal.created', { name: panel.name })}
      onDone={onPlanned}
      onClose={onClose}
    >
      {remaining.data?.total === 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('panels.planModal.noApplications')}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form.Item
        name="name"
        label={t('panels.planModal.name')}
        rules={[
          {
            required: true,
            whitespace: true,
            message: t('common.required', { field: t('panels.planModal.name') }),
          },
        ]}
      >
        <Input placeholder={t('panels.planModal.namePlaceholder')} maxLength={100} />
      </Form.Item>
      <Form.Item
        name="industries"
        label={t('panels.planModal.industries')}
        extra={t('panels.planModal.industriesHelp')}
        rules={[{ required: true, message: t('common.choose', { field: t('panels.planModal.industries') }) }]}
      >
        <Select
          mode="multiple"
          options={vocabulary.industryOptions}
          showSearch={{ optionFilterProp: 'label' }}
        />
      </Form.Item>
      <Form.Item
        name="applicationIds"
        label={t('panels.planModal.applications')}
        extra={t('panels.planModal.applicationsHelp')}
        rules={[
          { required: true, message: t('common.choose', { field: t('panels.planModal.applications') }) },
        ]}
      >
        <SearchSelect<ApplicationSummary>
          mode="multiple"
          path={typedPath('/api/applications', open ? { query: available } : null)}
          toOption={(a) => ({ value: a.id, label: a.organisationName })}
        />
      </Form.Item>
      <Form.Item
        name="size"
        label={t('panels.planModal.size')}
        extra={t('panels.planModal.sizeHelp', { min, max })}
        rules={[{ required: true, message: t('common.required', { field: t('panels.planModal.size') }) }]}
      >
        <InputNumber min={min} max={max} precision={0} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item
        name="reserves"
        label={t('panels.planModal.reserves')}
        extra={t('panels.planModal.reservesHelp')}
        rules={[{ required: true, message: t('common.required', { field: t('panels.planModal.reserves') }) }]}
      >
        <InputNumber min={0} max={20} precision={0} style={{ width: 160 }} />
      </Form.Item>
    </FormDialog>
  );
}
