import { Col, Descriptions, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../api/types.js';

function Json({ value }: { value: unknown }) {
  const { t } = useTranslation();
  if (value === null || value === undefined) return <span>{t('common.empty')}</span>;
  return <pre className="json-block">{JSON.stringify(value, null, 2)}</pre>;
}

/** The expanded row: the record before and after the change, and the entry's place in the chain. */
export function AuditEntryDetail({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  return (
    <div style={{ padding: '4px 0' }}>
      <Row gutter={[16, 12]}>
        <Col xs={24} md={12}>
          <div style={{ fontWeight: 600, marginBottom: 4 }}>{t('audit.before')}</div>
          <Json value={entry.before} />
        </Col>
        <Col xs={24} md={12}>
          <div style={{ fontWeight: 600, marginBottom: 4 }}>{t('audit.after')}</div>
          <Json value={entry.after} />
        </Col>
      </Row>
      <Descriptions
        size="small"
        column={1}
        style={{ marginTop: 12 }}
        items={[
          {
            key: 'prev',
            label: t('audit.prevHash'),
            children: <span className="hash">{entry.prevHash}</span>,
          },
          { key: 'hash', label: t('audit.hash'), children: <span className="hash">{entry.hash}</span> },
        ]}
      />
    </div>
  );
}
