import { CheckOutlined, CopyOutlined } from '@ant-design/icons';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A hash, secret or command in monospace, with a copy button. Plain markup rather than antd's
 * Typography, whose copy, edit and ellipsis machinery the public draw page would otherwise carry.
 */
export function CopyableCode({ value, block = false }: { value: string; block?: boolean }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = window.setTimeout(() => setCopied(false), 3000);
    return () => window.clearTimeout(timer);
  }, [copied]);
  const copy = () => {
    void navigator.clipboard?.writeText(value).then(() => setCopied(true));
  };
  const label = copied ? t('draws.copied') : t('draws.copy');
  return (
    <span className={block ? 'hash draw-code-block' : 'hash'}>
      {value}
      <button type="button" className="copy-button" title={label} aria-label={label} onClick={copy}>
        {copied ? <CheckOutlined /> : <CopyOutlined />}
      </button>
    </span>
  );
}
