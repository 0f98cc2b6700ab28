import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** The built storefront's one stylesheet, to go inside a rendered page. */
export type InlineStylesheet = {
  /** The `<link rel="stylesheet">` index.html has for it. */
  link: string;
  /** The `<style>` element that stands in for the link. */
  element: string;
  /** Its CSP source (`'sha256-…'`): the one inline style the policy allows. */
  source: string;
};

/**
 * A rendered page paints as soon as its HTML and styles are in; on a phone line every
 * request costs half a second or more of latency, so the main stylesheet (≈ 5 kB brotli)
 * comes inside the page instead of after it (decision 0051). The CSP allows exactly this
 * text by its hash, never inline styles in general. Null without a build, or when
 * index.html links no stylesheet from /assets/ (then the page keeps the link).
 */
export function readInlineStylesheet(clientDir: string): InlineStylesheet | null {
  const indexFile = path.join(clientDir, 'index.html');
  if (!fs.existsSync(indexFile)) return null;
  const link = /<link rel="stylesheet"[^>]*href="\/assets\/([^"/]+\.css)"[^>]*>/.exec(
    fs.readFileSync(indexFile, 'utf8'),
  );
  if (!link?.[1]) return null;
  const css = fs.readFileSync(path.join(clientDir, 'assets', link[1]), 'utf8');
  // Our own built CSS; the check keeps a stray `</style>` from ever ending the element early.
  if (/<\/style/i.test(css)) return null;
  const hash = crypto.createHash('sha256').update(css, 'utf8').digest('base64');
  return { link: link[0], element: `<style>${css}</style>`, source: `'sha256-${hash}'` };
}
