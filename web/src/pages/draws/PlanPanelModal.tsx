import { Alert, App, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndustrySection } from '../../../../src/organisations/core/organisation.js';
import { type ApiError, typedPath } from '../../api/client.js';
import { drawsApi, type Panel } from '../../api/draws.js';
import type { ApplicationSummary } from '../../api/experts.js';
import { useApi } from '../../api/useApi.js';
import { asApiError } from '../../api/useApiData.js';
import { SearchSelect } from '../../components/SearchSelect.js';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.js';
import { applyFieldErrors } from '../../components/fieldErrors.js';
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
  const { message } = App.useApp();
  const vocabulary = useExpertVocabulary();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<{ error: ApiError; unplaced: string[] }>();
  const [saving, setSaving] = useState(false);
  // Accepted applications no panel reviews yet, searched on the server as one types.
  const available = { cycleId, status: 'accepted', onPanel: 'false' } as const;
  const remaining = useApi('/api/applications', open ? { query: { ...available, pageSize: 1 } } : null);
  const min = bounds?.min ?? 5;
  const max = bounds?.max ?? 7;

  const submit = async (values: Values) => {
    setSaving(true);
    setError(undefined);
    try {
      const panel = await drawsApi.createPanel(cycleId, { ...values, name: values.name.trim() });
      void message.success(t('panels.planModal.created', { name: panel.name }));
      form.resetFields();
      onPlanned(panel);
    } catch (reason) {
      const apiError = asApiError(reason);
      setError({
        error: apiError,
        unplaced: applyFieldErrors(form, apiError, [
          'name',
          'industries',
          'applicationIds',
          'size',
          'reserves',
        ]),
      });
    } finally {
      setSaving(false);
    }
  };

  const close = () => {
    setError(undefined);
    form.resetFields();
    onClose();
  };

  return (
    <Modal
      open={open}
      title={t('panels.planModal.title')}
      okText={t('common.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={close}
      width={640}
      forceRender
    >
      {error && <ApiErrorAlert error={error.error} unplaced={error.unplaced} />}
      {remaining.data?.total === 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('panels.planModal.noApplications')}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ size: min, reserves: 2 }}
        onFinish={(values) => void submit(values)}
      >
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
          rules={[
            { required: true, message: t('common.choose', { field: t('panels.planModal.industries') }) },
          ]}
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
          rules={[
            { required: true, message: t('common.required', { field: t('panels.planModal.reserves') }) },
          ]}
        >
          <InputNumber min={0} max={20} precision={0} style={{ width: 160 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
