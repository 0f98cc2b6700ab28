// The one client file that runs only in Node (the server's render): Node's types for it.
/// <reference types="node" />
import { AsyncLocalStorage } from 'node:async_hooks';
import { Writable } from 'node:stream';
import { StrictMode, type ReactNode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import {
  StaticRouterProvider,
  type StaticHandlerContext,
  createStaticHandler,
  createStaticRouter,
  isRouteErrorResponse,
  matchRoutes,
} from 'react-router';
import { isApiError } from './api/api-error.ts';
import { sendApiRequestsThrough } from './api/http-client.ts';
import { initI18nInSwedish } from './i18n/i18n.ts';
import { type PriorityPicture, PriorityPictureSink } from './components/responsive-image.tsx';
import { PageTitleSink } from './lib/use-page-title.ts';
import { routes } from './router.tsx';
import { type PageData, markSettled, pageDataScript } from './server-rendering/page-data.ts';

// The storefront's pages as the server renders them (decision 0051), built by
// `vite build --ssr` into client/dist-server/ and loaded by server/src/http/client-app.ts.

/**
 * The public pages a visitor's phone opens first: their HTML arrives with the content, so
 * it paints before any script runs. Everything else is the app shell, as before.
 */
/**
 * The bundle's door, as server/src/http/rendered-pages.ts expects it (it cannot import these
 * types; the browser tests in tests/e2e/server-rendered-pages.test.ts hold the two
 * together). `api` answers the loaders' reads in-process.
 */
export type InProcessApiFetch = (
  path: string,
  init: { method: string; headers: Record<string, string>; signal: AbortSignal | null },
) => Promise<Response>;

export type RenderedPage =
  /** Not a page rendered on the server (or its data could not be had): the app shell. */
  | { kind: 'app-shell' }
  /** The page's loader found nothing to show: the app shell with 404. */
  | { kind: 'not-found' }
  /** What goes into #root, and the router's data as a JSON script element to follow it. */
  | {
      kind: 'page';
      html: string;
      dataScript: string;
      title: string | null;
      /** The page's first main picture, for the response to preload. */
      priorityPicture: PriorityPicture | null;
    };

// The service-point pages are not among them: their map is a browser-only module that a
// server render cannot finish (React then gives up the page's hydration).
const renderedRoutes = new Set([
  '/',
  ':slug',
  ':slug/butiker',
  ':slug/butiker/:shopSlug',
  ':slug/sok',
  ':slug/produkter/:productId',
]);

initI18nInSwedish();

// Each render's loaders reach the API through the function its request brought, so two
// apps in one process (tests) or two renders at once never answer each other's requests.
const requestApi = new AsyncLocalStorage<InProcessApiFetch>();
sendApiRequestsThrough((path, init) => {
  const api = requestApi.getStore();
  if (!api) throw new Error('An API request outside a server render');
  return api(path, {
    method: init.method ?? 'GET',
    headers: Object.fromEntries(new Headers(init.headers).entries()),
    signal: init.signal ?? null,
  });
});

const handler = createStaticHandler(routes);

export function renderPage(
  url: string,
  api: InProcessApiFetch,
  signal: AbortSignal,
): Promise<RenderedPage> {
  return requestApi.run(api, () => renderAddress(url, signal));
}

async function renderAddress(url: string, signal: AbortSignal): Promise<RenderedPage> {
  const address = new URL(url, 'http://storefront.invalid');
  const leaf = matchRoutes(routes, address.pathname)?.at(-1)?.route;
  const pattern = leaf?.index ? '/' : leaf?.path;
  if (!pattern || !renderedRoutes.has(pattern)) return { kind: 'app-shell' };

  const context = await handler.query(new Request(address, { signal }));
  // A loader's redirect is the browser router's to follow.
  if (context instanceof Response) return { kind: 'app-shell' };
  if (context.errors) {
    const errors = Object.values(context.errors);
    return errors.some(isNotFound) ? { kind: 'not-found' } : { kind: 'app-shell' };
  }
  const settled = await settleDeferred(context);
  // The page's own title (usePageTitle), the innermost page's when several tell one.
  let title: string | null = null;
  // The first main picture in the page's order.
  let priorityPicture: PriorityPicture | null = null;
  const html = await renderToHtml(
    <StrictMode>
      <PageTitleSink.Provider value={(pageTitle) => (title = pageTitle)}>
        <PriorityPictureSink.Provider value={(picture) => (priorityPicture ??= picture)}>
          <StaticRouterProvider
            router={createStaticRouter(handler.dataRoutes, context)}
            context={context}
            // The router's data goes out as JSON (below), not as react-router's inline script.
            hydrate={false}
          />
        </PriorityPictureSink.Provider>
      </PageTitleSink.Provider>
    </StrictMode>,
  );

  const data: PageData = { loaderData: settled.loaderData, settled: settled.outcomes };
  return { kind: 'page', html, dataScript: pageDataScript(data), title, priorityPicture };
}

function isNotFound(error: unknown): boolean {
  return (
    (isApiError(error) && error.status === 404) ||
    (isRouteErrorResponse(error) && error.status === 404)
  );
}

/**
 * Waits for the promises loaders returned without waiting (one level deep, as react-router
 * hands them to <Await>), so the page is whole and its data can be written as JSON.
 */
async function settleDeferred(context: StaticHandlerContext) {
  const loaderData: Record<string, unknown> = {};
  const outcomes: PageData['settled'] = {};
  for (const [routeId, value] of Object.entries(context.loaderData)) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      loaderData[routeId] = value;
      continue;
    }
    const entries = await Promise.all(
      Object.entries(value as Record<string, unknown>).map(
        async ([key, item]): Promise<[string, unknown, string | null]> => {
          if (!(item instanceof Promise)) return [key, item, null];
          try {
            const value: unknown = await item;
            markSettled(item, 'resolved', value);
            return [key, value, 'resolved'];
          } catch (error) {
            markSettled(item, 'rejected', error);
            return [key, null, 'rejected'];
          }
        },
      ),
    );
    loaderData[routeId] = Object.fromEntries(entries.map(([key, item]) => [key, item]));
    for (const [key, , outcome] of entries)
      if (outcome === 'resolved' || outcome === 'rejected')
        (outcomes[routeId] ??= {})[key] = outcome;
  }
  return { loaderData, outcomes };
}

/**
 * The whole page at once: its data is all there, so nothing streams in later. React would
 * still move a finished Suspense boundary past its chunk size (12.8 kB) out of line, to be
 * put in place by an inline script the CSP refuses: no chunk limit, everything in place.
 */
async function renderToHtml(element: ReactNode): Promise<string> {
  const { prelude } = await prerenderToNodeStream(element, {
    progressiveChunkSize: Number.POSITIVE_INFINITY,
  });
  const chunks: Buffer[] = [];
  await new Promise<void>((resolve, reject) => {
    prelude
      .pipe(
        new Writable({
          write(chunk: Buffer, _encoding, done) {
            chunks.push(chunk);
            done();
          },
        }),
      )
      .on('finish', resolve)
      .on('error', reject);
  });
  return Buffer.concat(chunks).toString('utf8');
}
