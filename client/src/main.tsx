import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { initI18n } from './i18n/i18n.ts';
import { router } from './router.tsx';
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

// Swedish is at hand at once; another stored language is one small download first. The first
// render is a transition, so React yields to the browser between components instead of
// holding a slow phone's main thread for the whole page.
void initI18n().then(() => {
  const root = createRoot(container);
  startTransition(() => {
    root.render(
      <StrictMode>
        <RouterProvider router={router} />
      </StrictMode>,
    );
  });
});
