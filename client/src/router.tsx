import type { RouteObject } from 'react-router';
import { AppLoadingPage, AppShell } from './components/app-shell.tsx';
import { AppCrashPage } from './routes/errors/app-crash-page.tsx';
import { NotFoundPage } from './routes/errors/not-found-page.tsx';
import { RouteErrorPage } from './routes/errors/route-error-page.tsx';
import { loadRootData, rootRouteId } from './routes/root-data.ts';
import { MunicipalityPage, loadMunicipalityPage } from './routes/storefront/municipality-page.tsx';
import { RegionFrontPage, loadRegionFrontPage } from './routes/storefront/region-front-page.tsx';

/** The statistics pages share one chunk, with the chart library in it (decision 0037). */
const statisticsPages = () => import('./routes/statistics/statistics-pages.tsx');

/**
 * Every URL of the app. The storefront is in the first download; everything else is a
 * lazy module exporting `route` ({ loader?, action?, Component }), fetched when first visited.
 * Static paths outrank `:slug`, and shared/slug.ts reserves them so no municipality can
 * take one. The same table serves the browser (main.tsx) and the server's rendering of the
 * public pages (entry-server.tsx, decision 0051).
 */
export const routes: RouteObject[] = [
  {
    id: rootRouteId,
    path: '/',
    loader: loadRootData,
    Component: AppShell,
    HydrateFallback: AppLoadingPage,
    ErrorBoundary: AppCrashPage,
    children: [
      {
        // Page failures render inside the shell, so header and footer stay usable.
        ErrorBoundary: RouteErrorPage,
        children: [
          { index: true, loader: loadRegionFrontPage, Component: RegionFrontPage },
          {
            path: 'registrera',
            lazy: () => import('./routes/auth/register-page.tsx').then((module) => module.route),
          },
          {
            // The registration mail links here.
            path: 'registrera/bekrafta',
            lazy: () =>
              import('./routes/auth/confirm-registration-page.tsx').then((module) => module.route),
          },
          {
            path: 'logga-in',
            lazy: () => import('./routes/auth/login-page.tsx').then((module) => module.route),
          },
          {
            path: 'logga-ut',
            lazy: () => import('./routes/auth/logout-route.ts').then((module) => module.route),
          },
          {
            path: 'glomt-losenord',
            lazy: () =>
              import('./routes/auth/forgot-password-page.tsx').then((module) => module.route),
          },
          {
            path: 'aterstall-losenord',
            lazy: () =>
              import('./routes/auth/reset-password-page.tsx').then((module) => module.route),
          },
          {
            path: 'kopvillkor',
            lazy: () =>
              import('./routes/legal/legal-page.tsx').then((module) => module.routes.terms),
          },
          {
            path: 'integritet',
            lazy: () =>
              import('./routes/legal/legal-page.tsx').then((module) => module.routes.privacy),
          },
          {
            path: 'angerratt',
            lazy: () =>
              import('./routes/legal/legal-page.tsx').then((module) => module.routes.withdrawal),
          },
          {
            path: 'kakor',
            lazy: () =>
              import('./routes/legal/legal-page.tsx').then((module) => module.routes.cookies),
          },
          {
            path: 'konto',
            lazy: () => import('./routes/account/account-page.tsx').then((module) => module.route),
          },
          {
            path: 'konto/bestallningar',
            lazy: () => import('./routes/orders/my-orders-page.tsx').then((module) => module.route),
          },
          {
            path: 'konto/adresser',
            lazy: () =>
              import('./routes/households/household-list-page.tsx').then((module) => module.route),
          },
          {
            path: 'konto/adresser/ny',
            lazy: () =>
              import('./routes/households/household-editor-page.tsx').then(
                (module) => module.route,
              ),
          },
          {
            path: 'konto/adresser/:householdId',
            lazy: () =>
              import('./routes/households/household-editor-page.tsx').then(
                (module) => module.route,
              ),
          },
          {
            path: 'varukorg',
            lazy: () => import('./routes/basket/basket-page.tsx').then((module) => module.route),
          },
          {
            path: 'kassa',
            lazy: () =>
              import('./routes/checkout/checkout-page.tsx').then((module) => module.route),
          },
          {
            // The confirmation mail links here.
            path: 'bestallningar/:checkoutId',
            lazy: () =>
              import('./routes/orders/confirmation-page.tsx').then((module) => module.route),
          },
          {
            path: 'inbjudan/:token',
            lazy: () =>
              import('./routes/invitations/accept-invitation-page.tsx').then(
                (module) => module.route,
              ),
          },
          {
            path: 'admin/region',
            lazy: () =>
              import('./routes/admin/region-admin-page.tsx').then((module) => module.route),
          },
          {
            path: 'admin/kommun/:slug',
            lazy: () =>
              import('./routes/admin/municipality-admin-page.tsx').then((module) => module.route),
          },
          {
            // The service point's counter, on the operator's phone.
            path: 'konto/ombud/:servicePointSlug',
            lazy: () => import('./routes/counter/counter-page.tsx').then((module) => module.route),
          },
          {
            // The carrier's day of home deliveries, on the driver's phone.
            path: 'konto/bud/:carrierSlug',
            lazy: () => import('./routes/carrier/carrier-page.tsx').then((module) => module.route),
          },
          {
            path: 'konto/butiker/:shopId',
            lazy: () => import('./routes/shops/owner-shop-page.tsx').then((module) => module.route),
          },
          {
            path: 'konto/butiker/:shopId/leverans',
            lazy: () =>
              import('./routes/fulfilment/fulfilment-page.tsx').then((module) => module.route),
          },
          {
            path: 'konto/butiker/:shopId/betalningar',
            lazy: () =>
              import('./routes/shops/shop-payments-page.tsx').then((module) => module.route),
          },
          {
            path: 'konto/butiker/:shopId/bestallningar',
            lazy: () =>
              import('./routes/shop-orders/shop-orders-page.tsx').then((module) => module.route),
          },
          {
            path: 'konto/butiker/:shopId/telefonorder',
            lazy: () =>
              import('./routes/phone-orders/phone-order-page.tsx').then((module) => module.route),
          },
          {
            path: 'konto/butiker/:shopId/bestallningar/:orderId/etikett',
            lazy: () =>
              import('./routes/shop-orders/parcel-labels-page.tsx').then((module) => module.route),
          },
          {
            path: 'konto/butiker/:shopId/hemleveranser',
            lazy: () =>
              import('./routes/shop-deliveries/shop-deliveries-page.tsx').then(
                (module) => module.route,
              ),
          },
          {
            path: 'konto/butiker/:shopId/hemleveranser/:orderId/sedel',
            lazy: () =>
              import('./routes/shop-deliveries/delivery-note-page.tsx').then(
                (module) => module.route,
              ),
          },
          {
            path: 'konto/butiker/:shopId/forfragningar',
            lazy: () =>
              import('./routes/service-requests/shop-service-requests-page.tsx').then(
                (module) => module.route,
              ),
          },
          {
            path: 'konto/butiker/:shopId/forsaljning',
            lazy: () =>
              import('./routes/shop-orders/shop-sales-page.tsx').then((module) => module.route),
          },
          {
            path: 'konto/butiker/:shopId/bestallningar/etiketter',
            lazy: () =>
              import('./routes/shop-orders/parcel-labels-page.tsx').then((module) => module.route),
          },
          {
            path: 'konto/butiker/:shopId/sortiment',
            lazy: () =>
              import('./routes/shop-catalogue/catalogue-list-page.tsx').then(
                (module) => module.route,
              ),
          },
          {
            path: 'konto/butiker/:shopId/sortiment/ny',
            lazy: () =>
              import('./routes/shop-catalogue/product-editor-page.tsx').then(
                (module) => module.route,
              ),
          },
          {
            path: 'konto/butiker/:shopId/sortiment/import',
            lazy: () =>
              import('./routes/shop-catalogue/import-page.tsx').then((module) => module.route),
          },
          {
            path: 'konto/butiker/:shopId/sortiment/:productId',
            lazy: () =>
              import('./routes/shop-catalogue/product-editor-page.tsx').then(
                (module) => module.route,
              ),
          },
          {
            path: 'admin/kommun/:slug/statistik',
            lazy: () => statisticsPages().then((module) => module.municipalityRoute),
          },
          {
            path: 'admin/region/statistik',
            lazy: () => statisticsPages().then((module) => module.regionRoute),
          },
          {
            path: 'admin/kommun/:slug/hemsandningsbidrag',
            lazy: () =>
              import('./routes/statistics/subsidy-claim-page.tsx').then((module) => module.route),
          },
          {
            path: 'admin/region/hemsandningsbidrag/ansokningar',
            lazy: () =>
              import('./routes/statistics/subsidy-claims-overview-page.tsx').then(
                (module) => module.route,
              ),
          },
          {
            path: 'admin/region/hemsandningsbidrag',
            lazy: () =>
              import('./routes/statistics/subsidy-rules-page.tsx').then((module) => module.route),
          },
          {
            path: 'konto/butiker/:shopId/statistik',
            lazy: () => statisticsPages().then((module) => module.shopRoute),
          },
          {
            path: 'admin/kommun/:slug/bestallningar',
            lazy: () =>
              import('./routes/admin/municipality-orders-page.tsx').then((module) => module.route),
          },
          {
            path: 'admin/kommun/:slug/butiker',
            lazy: () =>
              import('./routes/shops/admin-shops-page.tsx').then((module) => module.route),
          },
          {
            path: 'admin/kommun/:slug/butiker/:shopId',
            lazy: () =>
              import('./routes/shops/shop-review-page.tsx').then((module) => module.route),
          },
          {
            path: 'admin/kommun/:slug/servicepunkter',
            lazy: () =>
              import('./routes/service-points/admin-service-points-page.tsx').then(
                (module) => module.route,
              ),
          },
          {
            path: 'admin/kommun/:slug/servicepunkter/ny',
            lazy: () =>
              import('./routes/service-points/service-point-editor-page.tsx').then(
                (module) => module.route,
              ),
          },
          {
            path: 'admin/kommun/:slug/servicepunkter/:id',
            lazy: () =>
              import('./routes/service-points/service-point-editor-page.tsx').then(
                (module) => module.route,
              ),
          },
          {
            path: 'admin/kommun/:slug/hushall',
            lazy: () =>
              import('./routes/households/admin-households-page.tsx').then(
                (module) => module.route,
              ),
          },
          {
            path: 'admin/kommun/:slug/hemleverans',
            lazy: () =>
              import('./routes/home-delivery/admin-home-delivery-page.tsx').then(
                (module) => module.route,
              ),
          },
          {
            path: 'admin/kommun/:slug/hemleverans/zoner/ny',
            lazy: () =>
              import('./routes/home-delivery/zone-editor-page.tsx').then((module) => module.route),
          },
          {
            path: 'admin/kommun/:slug/hemleverans/zoner/:zoneId',
            lazy: () =>
              import('./routes/home-delivery/zone-editor-page.tsx').then((module) => module.route),
          },
          {
            path: 'admin/kommun/:slug/hemleverans/bud/ny',
            lazy: () =>
              import('./routes/home-delivery/carrier-editor-page.tsx').then(
                (module) => module.route,
              ),
          },
          {
            path: 'admin/kommun/:slug/hemleverans/bud/:carrierId',
            lazy: () =>
              import('./routes/home-delivery/carrier-editor-page.tsx').then(
                (module) => module.route,
              ),
          },
          {
            path: 'konto/butiker/:shopId/hemleverans',
            lazy: () =>
              import('./routes/home-delivery/shop-home-delivery-page.tsx').then(
                (module) => module.route,
              ),
          },
          {
            path: ':slug/hemleverans',
            lazy: () =>
              import('./routes/home-delivery/public-home-delivery-page.tsx').then(
                (module) => module.route,
              ),
          },
          {
            path: ':slug/servicepunkter',
            lazy: () =>
              import('./routes/service-points/service-point-list-page.tsx').then(
                (module) => module.route,
              ),
          },
          {
            path: ':slug/servicepunkter/:pointSlug',
            lazy: () =>
              import('./routes/service-points/service-point-page.tsx').then(
                (module) => module.route,
              ),
          },
          {
            path: ':slug/butiker',
            lazy: () => import('./routes/shops/shop-list-page.tsx').then((module) => module.route),
          },
          {
            path: ':slug/butiker/:shopSlug',
            lazy: () => import('./routes/shops/shop-page.tsx').then((module) => module.route),
          },
          {
            path: 'dev/mailbox',
            lazy: () => import('./routes/dev/mailbox-page.tsx').then((module) => module.route),
          },
          {
            path: 'sok',
            lazy: () => import('./routes/catalogue/search-page.tsx').then((module) => module.route),
          },
          {
            path: 'produkter/:productId',
            lazy: () =>
              import('./routes/catalogue/product-page.tsx').then((module) => module.route),
          },
          {
            path: ':slug/sok',
            lazy: () => import('./routes/catalogue/search-page.tsx').then((module) => module.route),
          },
          {
            path: ':slug/produkter/:productId',
            lazy: () =>
              import('./routes/catalogue/product-page.tsx').then((module) => module.route),
          },
          { path: ':slug', loader: loadMunicipalityPage, Component: MunicipalityPage },
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
  },
];
