import { CheckCircleFilled, ExclamationCircleOutlined } from '@ant-design/icons';
import { Card, Tag, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistItem } from '../../../../api/intake.js';
import { useLocale } from '../../../../i18n/useLocale.js';
import { fieldId } from './fieldId.js';

/** One numbered section of the form, with whether the checklist items it covers are done. */
export function SectionCard({
  id,
  number,
  title,
  items,
  extra,
  children,
}: {
  id: string;
  number: number;
  title: string;
  items: ChecklistItem[];
  extra?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation('intake');
  const { local } = useLocale();
  const missing = items.filter((item) => !item.done);
  const state =
    items.length === 0 ? null : missing.length === 0 ? (
      <Tag color="success" icon={<CheckCircleFilled />}>
        {t('form.sectionDone')}
      </Tag>
    ) : (
      <Tooltip
        title={missing.map((item) => (item.detail ? local(item.detail) : local(item.label))).join(' ')}
      >
        <Tag color="warning" icon={<ExclamationCircleOutlined />}>
          {t('form.sectionMissing', { count: missing.length })}
        </Tag>
      </Tooltip>
    );
  return (
    <Card
      id={fieldId(id)}
      className="form-section field-target"
      title={
        <span>
          <span style={{ color: 'var(--brand-red)', marginInlineEnd: 8 }}>{number}</span>
          {title}
        </span>
      }
      extra={
        <span style={{ display: 'inline-flex', gap: 8, alignItems: 'center' }}>
          {extra}
          {state}
        </span>
      }
    >
      {children}
    </Card>
  );
}
