import { DownloadOutlined } from '@ant-design/icons';
import { Button, Descriptions, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { receiptUrl, type ApplicationView } from '../../../api/intake.js';
import { formatDateTime } from '../../../i18n/format.js';
import { useLocale } from '../../../i18n/useLocale.js';

/** The receipt of the latest submission: number, time, content hash, and its PDF. */
export function ReceiptCard({ application }: { application: ApplicationView }) {
  const { t } = useTranslation('intake');
  const { locale } = useLocale();
  const versions = [...application.versions].sort((a, b) => b.version - a.version);
  const latest = versions[0];
  if (!latest) return null;
  return (
    <section className="receipt" aria-labelledby="receipt-title" data-testid="receipt">
      <Flex justify="space-between" align="flex-start" wrap gap={12}>
        <div>
          <div id="receipt-title" className="muted">
            {t('receipt.title')}
          </div>
          <div className="receipt__number">{latest.receiptNumber}</div>
        </div>
        <Button type="primary" icon={<DownloadOutlined />} href={receiptUrl(application.id, latest.version)}>
          {t('receipt.download')}
        </Button>
      </Flex>
      <Descriptions
        size="small"
        column={1}
        style={{ marginTop: 12 }}
        items={[
          {
            key: 'time',
            label: t('receipt.submittedAt'),
            children: t('time.beijing', { time: formatDateTime(latest.submittedAt, locale) }),
          },
          { key: 'version', label: t('receipt.version'), children: latest.version },
          {
            key: 'hash',
            label: t('receipt.hash'),
            children: <span className="hash">{latest.contentSha256}</span>,
          },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 0 }}>
        {t('receipt.note')}
      </Typography.Paragraph>
      {versions.length > 1 && (
        <details style={{ fontSize: 13, marginTop: 6 }}>
          <summary>{t('receipt.earlier', { count: versions.length - 1 })}</summary>
          <ul style={{ paddingInlineStart: 18, margin: '6px 0 0' }}>
            {versions.slice(1).map((v) => (
              <li key={v.version}>
                <a href={receiptUrl(application.id, v.version)}>{v.receiptNumber}</a> ·{' '}
                {formatDateTime(v.submittedAt, locale)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
