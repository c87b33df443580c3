import { App, Form, Input, Modal } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/client.js';
import { referenceApi } from '../../api/reference.js';
import type { ReferenceItem, ReferenceKind } from '../../api/types.js';
import { asApiError } from '../../api/useApiData.js';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.js';

interface Props {
  kind: ReferenceKind;
  item: ReferenceItem | undefined;
  onClose: () => void;
  onSaved: () => void;
}

/** Renames an entry in both languages; its code and history stay. */
export function RenameReferenceModal({ kind, item, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ zh: string; en: string }>();
  const [error, setError] = useState<ApiError>();
  const [saving, setSaving] = useState(false);
  const required = (field: string) => [
    { required: true, whitespace: true, message: t('common.required', { field }) },
  ];

  useEffect(() => {
    if (item) form.setFieldsValue(item.name);
  }, [item, form]);

  const submit = async (values: { zh: string; en: string }) => {
    if (!item) return;
    setSaving(true);
    setError(undefined);
    try {
      await referenceApi.update(kind, item.id, { name: { zh: values.zh.trim(), en: values.en.trim() } });
      void message.success(t('reference.saved'));
      onSaved();
    } catch (reason) {
      setError(asApiError(reason));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={Boolean(item)}
      title={`${t('reference.renameTitle')} · ${item?.code ?? ''}`}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={() => {
        setError(undefined);
        onClose();
      }}
      forceRender
    >
      {error && <ApiErrorAlert error={error} />}
      <Form form={form} layout="vertical" onFinish={(values) => void submit(values)}>
        <Form.Item name="zh" label={t('reference.nameZh')} rules={required(t('reference.nameZh'))}>
          <Input />
        </Form.Item>
        <Form.Item name="en" label={t('reference.nameEn')} rules={required(t('reference.nameEn'))}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
