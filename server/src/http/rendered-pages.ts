import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Request, Response as ExpressResponse } from 'express';

/**
 * What client/src/entry-server.tsx exports, built into JavaScript the server only imports at
 * run time (so it cannot share the TypeScript types; tests/api/rendered-pages.test.ts holds
 * the two together).
 */
type StorefrontRenderer = {
  renderPage: (url: string, api: InProcessApiFetch, signal: AbortSignal) => Promise<RenderedPage>;
};

/** How the bundle's loaders reach the API (in-process-api.ts). */
export type InProcessApiFetch = (
  path: string,
  init: { method: string; headers: Record<string, string>; signal: AbortSignal | null },
) => Promise<Response>;

type RenderedPage =
  | { kind: 'app-shell' }
  | { kind: 'not-found' }
  | { kind: 'page'; html: string; dataScript: string };

/** Where `vite build --ssr` writes the storefront's server render, beside client/dist. */
export function rendererBundleOf(clientDir: string): string {
  return path.join(clientDir, '..', 'dist-server', 'entry-server.js');
}

/**
 * The public storefront pages rendered on the server (decision 0051), when the build made
 * the bundle: otherwise (API tests, a build from before) every page is the app shell, as
 * before. Only for visitors without a session cookie: the server renders what anyone would
 * see, in Swedish, and the browser takes over from there.
 */
export function createRenderedPages(options: {
  bundle: string;
  api: InProcessApiFetch;
  sessionCookieName: string;
  /** A render that fails is logged and the visitor gets the app shell, which retries. */
  logError: (error: unknown) => void;
}) {
  let renderer: Promise<StorefrontRenderer | null> | null = null;
  const loadRenderer = () =>
    (renderer ??= fs.existsSync(options.bundle)
      ? (import(pathToFileURL(options.bundle).href) as Promise<StorefrontRenderer>)
      : Promise.resolve(null));

  return async function renderedPage(
    request: Request,
    response: ExpressResponse,
  ): Promise<RenderedPage> {
    if (hasCookie(request, options.sessionCookieName)) return { kind: 'app-shell' };
    const bundle = await loadRenderer();
    if (!bundle) return { kind: 'app-shell' };
    // A visitor who leaves before the page is ready stops its API reads.
    const aborted = new AbortController();
    response.once('close', () => {
      if (!response.writableFinished) aborted.abort();
    });
    try {
      return await bundle.renderPage(request.originalUrl, options.api, aborted.signal);
    } catch (error) {
      if (!aborted.signal.aborted) options.logError(error);
      return { kind: 'app-shell' };
    }
  };
}

export type RenderedPages = ReturnType<typeof createRenderedPages>;

/** index.html with the rendered page in #root and the router's data (JSON) after it. */
export function fillAppShell(shell: string, page: { html: string; dataScript: string }): string {
  const root = '<div id="root"></div>';
  const at = shell.indexOf(root);
  if (at === -1) throw new Error('index.html has no empty #root to fill');
  return `${shell.slice(0, at)}<div id="root">${page.html}</div>${page.dataScript}${shell.slice(at + root.length)}`;
}

function hasCookie(request: Request, name: string): boolean {
  const header = request.headers.cookie ?? '';
  return header.split(';').some((pair) => pair.trim().startsWith(`${name}=`));
}
