import { Form, Input } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { referenceApi } from '../../api/reference.js';
import type { ReferenceItem, ReferenceKind } from '../../api/types.js';
import { FormDialog } from '../../components/FormDialog.js';

interface Props {
  kind: ReferenceKind;
  item: ReferenceItem | undefined;
  onClose: () => void;
  onSaved: () => void;
}

/** Renames an entry in both languages; its code and history stay. */
export function RenameReferenceModal({ kind, item, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ zh: string; en: string }>();
  const required = (field: string) => [
    { required: true, whitespace: true, message: t('common.required', { field }) },
  ];

  useEffect(() => {
    if (item) form.setFieldsValue(item.name);
  }, [item, form]);

  return (
    <FormDialog
      open={Boolean(item)}
      title={`${t('reference.renameTitle')} · ${item?.code ?? ''}`}
      okText={t('common.save')}
      form={form}
      send={(values) =>
        referenceApi.update(kind, item!.id, { name: { zh: values.zh.trim(), en: values.en.trim() } })
      }
      invalidates={[`/reference/${kind}`]}
      success={t('reference.saved')}
      onDone={onSaved}
      onClose={onClose}
    >
      <Form.Item name="zh" label={t('reference.nameZh')} rules={required(t('reference.nameZh'))}>
        <Input />
      </Form.Item>
      <Form.Item name="en" label={t('reference.nameEn')} rules={required(t('reference.nameEn'))}>
        <Input />
      </Form.Item>
    </FormDialog>
  );
}
