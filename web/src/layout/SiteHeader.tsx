import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router-dom';
import { useSession } from '../session/SessionContext.js';
import { useApi } from '../api/useApi.js';
import { useLocale } from '../i18n/useLocale.js';
import { useProgrammeScope } from '../pages/programmes/programmeScope.js';
import { Emblem } from './Emblem.js';
import { LanguageSwitch } from './LanguageSwitch.js';
import { UserMenu } from './UserMenu.js';
import './layout.css';

/**
 * The red banner with the award's name, language switch and user menu, then the channel bar.
 * `fluid` spans the full width, aligned with the workspace's side menu.
 */
export function SiteHeader({ fluid = false }: { fluid?: boolean }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const { local } = useLocale();
  const scope = useProgrammeScope();
  // Under /p/<slug>/ the banner names that programme; elsewhere the installation's own award.
  const named = useApi(
    '/api/public/programmes/{slug}',
    scope.slug ? { path: { slug: scope.slug } } : null,
  ).data;
  const width = fluid ? 'page-width page-width--fluid' : 'page-width';
  const links = [
    { to: scope.to('/'), label: t('nav.home'), end: true },
    { to: scope.to('/rules'), label: t('nav.rules'), end: false },
    { to: scope.to('/draws'), label: t('nav.draws'), end: false },
    ...(session?.authenticated ? [{ to: '/app', label: t('nav.workspace'), end: false }] : []),
  ];
  return (
    <header className="site-header">
      <div className={`${width} site-header__bar`}>
        {/* Named by its visible text (WCAG 2.5.3), with the full name as a tooltip. */}
        <Link to={scope.to('/')} className="brand" title={named ? local(named.name) : t('app.fullName')}>
          <Emblem className="brand__emblem" />
          <span className="brand__text">
            <span className="brand__name">{named ? local(named.name) : t('app.name')}</span>
            <span className="brand__platform">{t('app.platform')}</span>
          </span>
        </Link>
        <div className="site-header__actions">
          <LanguageSwitch />
          <UserMenu />
        </div>
      </div>
      <nav className="site-nav" aria-label={t('nav.mainMenu')}>
        <div className={width}>
          <ul className="site-nav__list">
            {links.map((link) => (
              <li key={link.to}>
                <NavLink to={link.to} end={link.end} className="site-nav__link">
                  {link.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </div>
      </nav>
    </header>
  );
}
