import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Names the browser tab after the page: "账户管理 - 金水区区长质量奖评审管理平台". */
export function usePageTitle(title?: string): void {
  const { t } = useTranslation();
  const site = t('app.fullName');
  useEffect(() => {
    document.title = title ? `${title} - ${site}` : site;
  }, [title, site]);
}
