import { Alert, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/format.js';
import { useLocale } from '../i18n/useLocale.js';

/** A one-time activation code with its user name and expiry, shown once; closing forgets it. */
export function OneTimeCode({
  username,
  code,
  expiresAt,
}: {
  username: string;
  code: string;
  expiresAt: string;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  return (
    <>
      <Alert type="warning" showIcon title={t('activation.onceOnly')} style={{ marginBottom: 16 }} />
      <Descriptions
        column={1}
        bordered
        size="small"
        items={[
          {
            key: 'username',
            label: t('activation.username'),
            children: <Typography.Text copyable>{username}</Typography.Text>,
          },
          {
            key: 'code',
            label: t('activation.code'),
            children: (
              <Typography.Text
                className="hash one-time-secret"
                copyable={{ tooltips: [t('activation.copy'), t('activation.copied')] }}
                data-testid="activation-code"
              >
                {code}
              </Typography.Text>
            ),
          },
          {
            key: 'expires',
            label: t('activation.expiresAt'),
            children: formatDateTime(expiresAt, locale),
          },
        ]}
      />
      <p style={{ marginTop: 16, marginBottom: 0 }}>{t('activation.howTo', { path: '/activate' })}</p>
    </>
  );
}
