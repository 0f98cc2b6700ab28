import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, matchRoutes } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { currentLocale, initI18n } from './i18n/i18n.ts';
import { loadBasket } from './lib/basket-store.ts';
import { routes } from './router.tsx';
import { readPageData } from './server-rendering/page-data.ts';
import './styles/base.css';
import './styles/layout.css';
import './styles/forms.css';
import './styles/components.css';
import './styles/shops.css';
import './styles/catalogue.css';
import './styles/service-points.css';
import './styles/fulfilment.css';
import './styles/orders.css';
import './styles/counter.css';
import './styles/shop-fulfilment.css';
import './styles/deliveries.css';
import './styles/carrier-reports.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// A public page may come rendered by the server, with the router's data beside it
// (decision 0051); any other page comes as the bare shell and is rendered here.
const pageData = readPageData();

// Swedish is at hand at once; another stored language is one small download first. The first
// render is a transition, so React yields to the browser between components instead of
// holding a slow phone's main thread for the whole page.
void Promise.all([initI18n(), pageData ? loadMatchedRouteModules() : null]).then(() => {
  const router = createBrowserRouter(routes, pageData ? { hydrationData: pageData } : {});
  const app = (
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>
  );
  // The server renders in Swedish; a visitor who chose another language gets the page
  // rendered anew in it (from the same data) instead of a hydration that could not match.
  const isHydrating = pageData !== null && currentLocale() === 'sv';
  startTransition(() => {
    if (isHydrating) hydrateRoot(container, app);
    else createRoot(container).render(app);
  });
  // The root loader did not run here, and the server knows no guest basket: the count.
  if (pageData) void loadBasket().catch(() => null);
});

/**
 * The lazy page modules the address needs, loaded before hydrating: the router would
 * otherwise render its loading state first, which is not the HTML the server sent.
 */
async function loadMatchedRouteModules(): Promise<void> {
  const matches = matchRoutes(routes, window.location) ?? [];
  await Promise.all(
    matches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return;
      const module = await route.lazy();
      Object.assign(route, module, { lazy: undefined });
    }),
  );
}
