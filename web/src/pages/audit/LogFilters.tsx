import { DownloadOutlined } from '@ant-design/icons';
import { Button, Input, Select, Space, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/useLocale.js';
import { RECORD_TYPES } from './logVocabulary.js';

/** A record: its type (from the vocabulary) and its id, both optional. */
export interface RecordChoice {
  recordType?: string;
  recordId?: string;
}

/** The record filter of both logs: a type, then (optionally) the id of one record of it. */
export function RecordFilter({
  value,
  onChange,
}: {
  value: RecordChoice;
  onChange: (next: RecordChoice) => void;
}) {
  const { t } = useTranslation();
  const { local } = useLocale();
  return (
    <Space.Compact style={{ maxWidth: '100%' }}>
      <Select
        allowClear
        placeholder={t('audit.recordType')}
        aria-label={t('audit.recordType')}
        style={{ width: 150 }}
        value={value.recordType}
        onChange={(recordType?: string) => onChange({ ...value, recordType })}
        options={Object.entries(RECORD_TYPES).map(([code, name]) => ({ value: code, label: local(name) }))}
      />
      <Input.Search
        allowClear
        placeholder={t('audit.recordId')}
        aria-label={t('audit.recordId')}
        style={{ width: 200 }}
        onSearch={(id) => onChange({ ...value, recordId: id.trim() || undefined })}
      />
    </Space.Compact>
  );
}

/** How many entries match, and the button that downloads them all as .xlsx (the export is logged). */
export function LogTotalAndExport({ total, href }: { total: number | undefined; href: string }) {
  const { t } = useTranslation();
  return (
    <Space wrap size={12} style={{ marginBottom: 12 }}>
      <Typography.Text strong role="status">
        {total === undefined ? '' : t('audit.total', { count: total })}
      </Typography.Text>
      <Tooltip title={t('audit.exportHint', { count: total ?? 0 })}>
        <Button icon={<DownloadOutlined />} href={href} download disabled={!total}>
          {t('audit.export')}
        </Button>
      </Tooltip>
    </Space>
  );
}
