import { PlusOutlined } from '@ant-design/icons';
import { Button, Form, Grid, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { referenceApi } from '../../api/reference.js';
import type { ReferenceKind } from '../../api/types.js';
import { useApiMutation } from '../../api/useApiMutation.js';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.js';
import { useLocale } from '../../i18n/useLocale.js';

interface Values {
  code: string;
  zh: string;
  en: string;
}

/** Adds a town / sub-district or a department: code plus its name in both languages. */
export function AddReferenceForm({ kind }: { kind: ReferenceKind }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const inline = Grid.useBreakpoint().md ?? true;
  const [form] = Form.useForm<Values>();
  const required = (field: string) => [
    { required: true, whitespace: true, message: t('common.required', { field }) },
  ];

  const adding = useApiMutation(
    (values: Values) =>
      referenceApi.add(kind, values.code.trim(), { zh: values.zh.trim(), en: values.en.trim() }),
    {
      invalidates: [`/reference/${kind}`],
      success: (_, values) =>
        t('reference.added', { name: (locale === 'en' ? values.en : values.zh).trim() }),
      onSuccess: () => form.resetFields(),
      onError: (failure) => form.setFields(failure.fieldErrors as never),
      fields: ['code', 'name'],
    },
  );

  return (
    <>
      {adding.failure && <ApiErrorAlert error={adding.failure.error} unplaced={adding.failure.unplaced} />}
      <Form<Values>
        form={form}
        layout={inline ? 'inline' : 'vertical'}
        onFinish={(values) => void adding.submit(values)}
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
          <Button type="primary" htmlType="submit" icon={<PlusOutlined />} loading={adding.pending}>
            {t('reference.add')}
          </Button>
        </Form.Item>
      </Form>
    </>
  );
}
