import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useApi } from '../api/useApi.js';
import { currentYear } from '../i18n/format.js';
import { useLocale } from '../i18n/useLocale.js';
import { useProgrammeScope } from '../pages/programmes/programmeScope.js';

/** The ICP filing system every filed site links its number to. */
const ICP_FILING_SITE = 'https://beian.miit.gov.cn/';

/** The public-security filing system, at the record of a number such as 豫公网安备41010502000001号. */
function policeFilingUrl(filing: string): string {
  const digits = filing.replace(/\D/g, '');
  return `https://beian.mps.gov.cn/#/query/webSearch?code=${digits}`;
}

/**
 * The Committee Office (Art. 6) and the founding document; the contact, help and filing lines the
 * installation configures (SITE_* settings, GET /api/public/site) — a line not configured is not
 * shown; the rules and the public draws.
 */
export function SiteFooter({ fluid = false }: { fluid?: boolean }) {
  const { t } = useTranslation();
  const site = useApi('/api/public/site').data;
  const scope = useProgrammeScope();
  const { local } = useLocale();
  // Under /p/<slug>/ the organiser is that programme's committee office; elsewhere the installation's.
  const named = useApi(
    '/api/public/programmes/{slug}',
    scope.slug ? { path: { slug: scope.slug } } : null,
  ).data;
  const office = named ? t('footer.programmeOffice', { name: local(named.name) }) : t('footer.office');
  const width = fluid ? 'page-width page-width--fluid' : 'page-width';
  const contact = site && [site.contactPhone, site.contactEmail, site.contactAddress].some(Boolean);
  return (
    <footer className={fluid ? 'site-footer site-footer--flush' : 'site-footer'}>
      <div className={`${width} site-footer__grid`}>
        <div>
          <div className="site-footer__title">{t('footer.organiser')}</div>
          <div>{office}</div>
          {named ? (
            <div>{t('footer.programmeBasis', { issuer: local(named.issuer) })}</div>
          ) : (
            <>
              <div>{t('footer.seat')}</div>
              <div>{t('footer.basis')}</div>
            </>
          )}
        </div>
        {contact && (
          <div>
            <div className="site-footer__title">{t('footer.contact')}</div>
            {site.contactPhone && (
              <div>
                {t('footer.phone')}
                <a href={`tel:${site.contactPhone.replace(/[^\d+]/g, '')}`}>{site.contactPhone}</a>
              </div>
            )}
            {site.contactEmail && (
              <div>
                {t('footer.email')}
                <a href={`mailto:${site.contactEmail}`}>{site.contactEmail}</a>
              </div>
            )}
            {site.contactAddress && (
              <div>
                {t('footer.address')}
                {site.contactAddress}
              </div>
            )}
          </div>
        )}
        <div>
          <div className="site-footer__title">{t('footer.links')}</div>
          <ul className="site-footer__links">
            <li>
              <Link to={scope.to('/rules')}>{t('footer.rules')}</Link>
            </li>
            <li>
              <Link to={scope.to('/draws')}>{t('footer.draws')}</Link>
            </li>
            {site?.helpUrl && (
              <li>
                <a href={site.helpUrl}>{t('footer.help')}</a>
              </li>
            )}
          </ul>
        </div>
      </div>
      <div className={`${width} site-footer__bottom`}>
        <span>
          {named
            ? t('footer.programmeCopyright', { year: currentYear(), office })
            : t('footer.copyright', { year: currentYear() })}
        </span>
        {(site?.icpFiling || site?.policeFiling) && (
          <span className="site-footer__filings">
            {site.icpFiling && (
              <a href={ICP_FILING_SITE} target="_blank" rel="noreferrer">
                {site.icpFiling}
              </a>
            )}
            {site.policeFiling && (
              <a href={policeFilingUrl(site.policeFiling)} target="_blank" rel="noreferrer">
                {site.policeFiling}
              </a>
            )}
          </span>
        )}
        <span>{t('footer.timezone')}</span>
      </div>
    </footer>
  );
}
