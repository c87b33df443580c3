import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { currentYear } from '../i18n/format.js';

/** The Committee Office (Art. 6), the founding document, and links to the rules and the API. */
export function SiteFooter({ fluid = false }: { fluid?: boolean }) {
  const { t } = useTranslation();
  const width = fluid ? 'page-width page-width--fluid' : 'page-width';
  return (
    <footer className={fluid ? 'site-footer site-footer--flush' : 'site-footer'}>
      <div className={`${width} site-footer__grid`}>
        <div>
          <div className="site-footer__title">{t('footer.organiser')}</div>
          <div>{t('footer.office')}</div>
          <div>{t('footer.seat')}</div>
          <div>{t('footer.basis')}</div>
        </div>
        <div>
          <div className="site-footer__title">{t('footer.links')}</div>
          <ul className="site-footer__links">
            <li>
              <Link to="/rules">{t('footer.rules')}</Link>
            </li>
            <li>
              <a href="/api/docs">{t('footer.apiDocs')}</a>
            </li>
          </ul>
        </div>
      </div>
      <div className={`${width} site-footer__bottom`}>
        <span>{t('footer.copyright', { year: currentYear() })}</span>
        <span>{t('footer.timezone')}</span>
      </div>
    </footer>
  );
}
