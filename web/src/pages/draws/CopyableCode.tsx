import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** A hash, secret or command in monospace, with a copy button. */
export function CopyableCode({ value, block = false }: { value: string; block?: boolean }) {
  const { t } = useTranslation();
  return (
    <Typography.Text
      className={block ? 'hash draw-code-block' : 'hash'}
      copyable={{ text: value, tooltips: [t('draws.copy'), t('draws.copied')] }}
    >
      {value}
    </Typography.Text>
  );
}
