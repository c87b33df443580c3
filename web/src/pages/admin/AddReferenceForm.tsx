import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Form, Grid, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/client.js';
import { referenceApi } from '../../api/reference.js';
import type { ReferenceKind } from '../../api/types.js';
import { asApiError } from '../../api/useApiData.js';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.js';
import { applyFieldErrors } from '../../components/fieldErrors.js';
import { useLocale } from '../../i18n/useLocale.js';

interface Values {
  code: string;
  zh: string;
  en: string;
}

/** Adds a town / sub-district or a department: code plus its name in both languages. */
export function AddReferenceForm({ kind, onAdded }: { kind: ReferenceKind; onAdded: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { locale } = useLocale();
  const inline = Grid.useBreakpoint().md ?? true;
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<{ error: ApiError; unplaced: string[] }>();
  const [saving, setSaving] = useState(false);
  const required = (field: string) => [
    { required: true, whitespace: true, message: t('common.required', { field }) },
  ];

  const submit = async (values: Values) => {
    setSaving(true);
    setError(undefined);
    try {
      await referenceApi.add(kind, values.code.trim(), { zh: values.zh.trim(), en: values.en.trim() });
      void message.success(t('reference.added', { name: (locale === 'en' ? values.en : values.zh).trim() }));
      form.resetFields();
      onAdded();
    } catch (reason) {
      const apiError = asApiError(reason);
      setError({ error: apiError, unplaced: applyFieldErrors(form, apiError, ['code', 'name']) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      {error && <ApiErrorAlert error={error.error} unplaced={error.unplaced} />}
      <Form<Values>
        form={form}
        layout={inline ? 'inline' : 'vertical'}
        onFinish={(values) => void submit(values)}
        style={{ rowGap: 8, marginBottom: 16 }}
      >
        <Form.Item name="code" rules={required(t('reference.code'))}>
          <Input
            placeholder={t('reference.code')}
            aria-label={t('reference.code')}
            style={inline ? { width: 120 } : undefined}
          />
        </Form.Item>
        <Form.Item name="zh" rules={required(t('reference.nameZh'))}>
          <Input
            placeholder={t('reference.nameZh')}
            aria-label={t('reference.nameZh')}
            style={inline ? { width: 200 } : undefined}
          />
        </Form.Item>
        <Form.Item name="en" rules={required(t('reference.nameEn'))}>
          <Input
            placeholder={t('reference.nameEn')}
            aria-label={t('reference.nameEn')}
            style={inline ? { width: 240 } : undefined}
          />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" icon={<PlusOutlined />} loading={saving}>
            {t('reference.add')}
          </Button>
        </Form.Item>
      </Form>
    </>
  );
}
