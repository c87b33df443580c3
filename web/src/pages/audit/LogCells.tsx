import { Tag, Tooltip, Typography } from 'antd';
import type { LocalizedText } from '../../../../src/platform/i18n/localized.js';
import { useLocale } from '../../i18n/useLocale.js';
import { RECORD_TYPES, shortId } from './logVocabulary.js';

/** A readable name with the exact code beneath it, so auditors can match either. */
export function CodeCell({
  code,
  labels,
  danger,
}: {
  code: string;
  labels: Record<string, LocalizedText>;
  danger?: boolean;
}) {
  const { local } = useLocale();
  const label = labels[code];
  return (
    <>
      {label && <div>{local(label)}</div>}
      <Tag className="hash" color={danger ? 'red' : undefined} style={{ marginInlineEnd: 0 }}>
        {code}
      </Tag>
    </>
  );
}

/** "Account · f6ba45a3…", with the full id on hover and copyable. */
export function RecordCell({ type, id }: { type: string | null; id: string | number | null }) {
  const { local } = useLocale();
  if (!type) return <span>—</span>;
  const name = RECORD_TYPES[type] ? local(RECORD_TYPES[type]) : type;
  if (id === null || id === undefined) return <span>{name}</span>;
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {name} ·{' '}
      <Tooltip title={String(id)}>
        <Typography.Text className="hash" copyable={{ text: String(id) }}>
          {shortId(id)}
        </Typography.Text>
      </Tooltip>
    </span>
  );
}
