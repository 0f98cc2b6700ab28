import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { findHeldScriptsReleaser, placeAppScripts } from './held-scripts.ts';
import {
  type InlinePictures,
  type PriorityPicture,
  withInlineCandidate,
} from './inline-pictures.ts';
import { type InlineStylesheet, readInlineStylesheet } from './inline-stylesheet.ts';
import type { PublicJson, PublicReadCache } from './public-read-cache.ts';
import type { Request, Response as ExpressResponse } from 'express';

/**
 * What client/src/entry-server.tsx exports, built into JavaScript the server only imports at
 * run time (so it cannot share the TypeScript types; the browser tests in
 * tests/e2e/server-rendered-pages.test.ts hold the two together).
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
  | {
      kind: 'page';
      html: string;
      dataScript: string;
      title?: string | null;
      priorityPicture?: PriorityPicture | null;
    };

/** Where `vite build --ssr` writes the storefront's server render, beside client/dist. */
export function rendererBundleOf(clientDir: string): string {
  return path.join(clientDir, '..', 'dist-server', 'entry-server.js');
}

/**
 * What the server sends: a rendered page as a whole document (its bytes, kept with their
 * ETag and compressed copies when the page is kept), or what the bundle said.
 */
type PageAnswer =
  | { kind: 'app-shell' }
  | { kind: 'not-found' }
  /** `preload`: a `Link` header value for the page's main picture, or null. */
  | { kind: 'page'; document: PublicJson; preload: string | null };

/** An answer as the public read cache keeps it: bytes, with what else the answer was. */
type KeptPageAnswer = PublicJson & { answer: PageAnswer };

/**
 * The public storefront pages rendered on the server (decision 0051), when the build made
 * the bundle: otherwise (API tests, a build from before) every page is the app shell, as
 * before. Only for visitors without a session cookie: the server renders what anyone would
 * see, in Swedish, and the browser takes over from there.
 */
export function createRenderedPages(options: {
  /** The built storefront, or null for an API-only app. */
  clientDir: string | null;
  api: InProcessApiFetch;
  sessionCookieName: string;
  /** Puts a small main picture inside the page; null leaves every picture an address. */
  inlinePictures: InlinePictures | null;
  /**
   * Keeps a rendered answer, as public reads are kept, until the next write or for the
   * cache's time limit (seconds): every anonymous visitor gets the same page. Null renders
   * every request.
   */
  keep: PublicReadCache | null;
  /** A render that fails is logged and the visitor gets the app shell, which retries. */
  logError: (error: unknown) => void;
}) {
  const { clientDir } = options;
  const bundle = clientDir ? rendererBundleOf(clientDir) : null;
  const hasBundle = bundle !== null && fs.existsSync(bundle);
  // Read at start, with the bundle: a rebuild needs a restart (its assets replace the old).
  const stylesheet = clientDir && hasBundle ? readInlineStylesheet(clientDir) : null;
  const releaser = clientDir && hasBundle ? findHeldScriptsReleaser(clientDir) : null;
  let renderer: Promise<StorefrontRenderer | null> | null = null;
  // index.html, read once like the bundle: a page request does not go to the disk for it.
  let shellText: Promise<string> | null = null;
  const loadShell = () =>
    (shellText ??= fs.promises
      .readFile(path.join(clientDir ?? '', 'index.html'), 'utf8')
      .catch((error: unknown) => {
        shellText = null;
        throw error;
      }));
  const loadRenderer = () =>
    (renderer ??=
      bundle && hasBundle
        ? (import(pathToFileURL(bundle).href) as Promise<StorefrontRenderer>)
        : Promise.resolve(null));

  /** The page at `url` as the bundle renders it; throws what the render threw. */
  async function render(
    loaded: StorefrontRenderer,
    url: string,
    signal: AbortSignal,
  ): Promise<PageAnswer> {
    const page = await loaded.renderPage(url, options.api, signal);
    if (page.kind !== 'page') return page;
    const shell = await loadShell();
    const picture = page.priorityPicture ?? null;
    const candidate =
      picture && options.inlinePictures
        ? await options.inlinePictures.inlineCandidateOf(picture)
        : null;
    const inlined =
      picture && candidate ? withInlineCandidate(page.html, picture, candidate) : null;
    // A picture inside the page shares the line with nothing: the scripts need not wait for
    // it, nor for the releaser's own request (a whole round trip on a phone line).
    const html = fillAppShell(
      shell,
      inlined ? { ...page, html: inlined, priorityPicture: null } : page,
      stylesheet,
      releaser,
    );
    return {
      kind: 'page',
      document: { body: Buffer.from(html), etag: null },
      // A phone has the picture in the page: a preload would fetch its address besides.
      preload: picture && !inlined ? preloadLinkOf(picture) : null,
    };
  }

  async function renderedPage(request: Request, response: ExpressResponse): Promise<PageAnswer> {
    if (!clientDir || hasCookie(request, options.sessionCookieName)) return { kind: 'app-shell' };
    const loaded = await loadRenderer();
    if (!loaded) return { kind: 'app-shell' };
    const { keep } = options;
    if (keep) {
      // Made for every visitor who asks meanwhile, so no one visitor's leaving stops it.
      const make = async (): Promise<KeptPageAnswer> => {
        const answer = await render(loaded, request.originalUrl, new AbortController().signal);
        return {
          ...(answer.kind === 'page' ? answer.document : { body: Buffer.alloc(0), etag: null }),
          answer,
        };
      };
      try {
        return (await keep.kept(`page|${request.originalUrl}`, make)).answer;
      } catch (error) {
        options.logError(error);
        return { kind: 'app-shell' };
      }
    }
    // A visitor who leaves before the page is ready stops its API reads.
    const aborted = new AbortController();
    response.once('close', () => {
      if (!response.writableFinished) aborted.abort();
    });
    try {
      return await render(loaded, request.originalUrl, aborted.signal);
    } catch (error) {
      if (!aborted.signal.aborted) options.logError(error);
      return { kind: 'app-shell' };
    }
  }

  return {
    renderedPage,
    /** For the CSP: the inline stylesheet's hash, when rendered pages carry one. */
    inlineStyleSources: stylesheet ? [stylesheet.source] : [],
  };
}

export type RenderedPages = ReturnType<typeof createRenderedPages>['renderedPage'];

/** The scripts Vite links in index.html's head: the app and the modules it preloads. */
const scriptTags = /<script type="module"[^>]*><\/script>|<link rel="modulepreload"[^>]*>/g;

/**
 * index.html with the rendered page in #root, the router's data (JSON) after it, and the
 * stylesheet inside instead of linked. The scripts move to the end of the body: they run
 * after parsing either way (modules are deferred), but a browser fetches in the order it
 * finds things and a phone line has few connections, so the page's own pictures are asked
 * for before 130 kB of JavaScript instead of after it. With a main picture and a releaser
 * (held-scripts.ts) the scripts wait for the picture.
 */
export function fillAppShell(
  shell: string,
  page: {
    html: string;
    dataScript: string;
    title?: string | null;
    priorityPicture?: PriorityPicture | null;
  },
  stylesheet: InlineStylesheet | null,
  releaser: string | null = null,
): string {
  // The root holds the shell's "Laddar sidan…" until the app loads (index.html); a rendered
  // page takes its place.
  const found = /<div id="root">\s*(?:<p [^>]*>[^<]*<\/p>\s*)?<\/div>/.exec(shell);
  if (!found) throw new Error('index.html has no #root to fill');
  const root = found[0];
  const at = found.index;
  const head = shell.slice(0, at);
  const scripts = head.match(scriptTags) ?? [];
  const titledHead = page.title
    ? head.replace(/<title>[^<]*<\/title>/, `<title>${escapeText(page.title)}</title>`)
    : head;
  const styledHead = (
    stylesheet ? titledHead.replace(stylesheet.link, stylesheet.element) : titledHead
  )
    .replace(scriptTags, '')
    .replace(/\n\s*\n/g, '\n');
  return `${styledHead}<div id="root">${page.html}</div>${page.dataScript}${placeAppScripts(scripts, Boolean(page.priorityPicture), releaser)}${shell.slice(at + root.length)}`;
}

/**
 * The main picture as a `Link` preload: a phone starts fetching it with the response's first
 * bytes, before reading the page (≈ 13 kB and a slow CPU later). The same `srcset` and
 * `sizes` as the page's `<source>`, so the browser picks the same file and fetches it once;
 * `type` lets a browser without WebP skip it. Our own addresses, but a header must hold no
 * quote or line break whatever a picture's data says: such a picture is not preloaded.
 */
export function preloadLinkOf(picture: PriorityPicture): string | null {
  const fields = [picture.url, picture.srcset, picture.sizes, picture.type];
  if (fields.some((field) => /["<>]|[^\x20-\x7e]/.test(field))) return null;
  return `<${picture.url}>; rel=preload; as=image; imagesrcset="${picture.srcset}"; imagesizes="${picture.sizes}"; type="${picture.type}"; fetchpriority=high`;
}

/** A title as element text: a shop's name may hold `<` or `&`. */
function escapeText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

function hasCookie(request: Request, name: string): boolean {
  const header = request.headers.cookie ?? '';
  return header.split(';').some((pair) => pair.trim().startsWith(`${name}=`));
}
