import { Outlet, ScrollRestoration, useNavigation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { FlashNoticeRegion } from './flash-notice-region.tsx';
import { FocusOnNavigation } from './focus-on-navigation.tsx';
import { SiteFooter } from './site-footer.tsx';
import { SiteHeader } from './site-header.tsx';

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
