import { Outlet, ScrollRestoration, useNavigation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { FlashNoticeRegion } from './flash-notice-region.tsx';
import { FocusOnNavigation } from './focus-on-navigation.tsx';
import { SiteFooter } from './site-footer.tsx';
import { Brand, SiteHeader } from './site-header.tsx';

export function AppShell() {
  const { t } = useTranslation();
  const isNavigating = useNavigation().state === 'loading';
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <SiteHeader />
      <div role="status" className={isNavigating ? 'navigation-progress' : 'visually-hidden'}>
        {isNavigating ? t('app.loading') : null}
      </div>
      <main id="main" tabIndex={-1} className="site-main" aria-busy={isNavigating || undefined}>
        <FlashNoticeRegion />
        <Outlet />
      </main>
      <SiteFooter />
      <FocusOnNavigation />
      <ScrollRestoration />
    </>
  );
}

/**
 * The first load of a page the server did not render (every staff page): the router holds
 * the whole shell until the session and the page's data are in (the header needs the
 * session), so every such page says the same meanwhile: the site's mark, and in a busy main
 * a status that the page is on its way. Between pages the shell's bar says it instead, over
 * the page still shown. A walk found a slow shop page as good as blank, a lone "Laddar…".
 */
export function AppLoadingPage() {
  const { t } = useTranslation();
  return (
    <>
      <header className="site-header">
        <div className="site-header__inner">
          <Brand />
        </div>
      </header>
      <main id="main" className="site-main" aria-busy="true">
        <div className="page">
          <p role="status" className="page-loading">
            {t('app.loadingPage')}
          </p>
        </div>
      </main>
    </>
  );
}
