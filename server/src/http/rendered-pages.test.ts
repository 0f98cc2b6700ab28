import { describe, expect, it } from 'vitest';
import { fillAppShell, preloadLinkOf } from './rendered-pages.ts';

const shell = `<!doctype html>
<html lang="sv">
  <head>
    <title>e-galleria</title>
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/utils-def.js">
    <link rel="stylesheet" crossorigin href="/assets/index-ghi.css">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;
const page = {
  html: '<h1>Handla lokalt i Arjeplog</h1>',
  dataScript: '<script type="application/json" id="d">{}</script>',
};
const stylesheet = {
  link: '<link rel="stylesheet" crossorigin href="/assets/index-ghi.css">',
  element: '<style>body{margin:0}</style>',
  source: "'sha256-x'",
};

const mainPicture = {
  type: 'image/webp',
  srcset: '/files/a-640.webp 640w, /files/a-1280.webp 1280w',
  sizes: '(min-width: 60rem) 60rem, 100vw',
  url: '/files/a-640.jpg',
};

describe('a rendered page in the app shell', () => {
  it('takes the place of the shell’s loading text', () => {
    const withLoading = shell.replace(
      '<div id="root"></div>',
      '<div id="root">\n      <p class="page-loading" role="status">Laddar sidan… / Loading…</p>\n    </div>',
    );
    const document = fillAppShell(withLoading, page, stylesheet);
    expect(document).toContain('<div id="root"><h1>Handla lokalt i Arjeplog</h1></div>');
    expect(document).not.toContain('Laddar sidan');
  });

  it('puts the page in #root with its data after it, and the stylesheet inside the head', () => {
    const document = fillAppShell(shell, page, stylesheet);
    expect(document).toContain(
      '<div id="root"><h1>Handla lokalt i Arjeplog</h1></div><script type="application/json" id="d">{}</script>',
    );
    expect(document).toContain('<style>body{margin:0}</style>');
    expect(document).not.toContain('rel="stylesheet"');
  });

  it('gives the page its own title, written as text', () => {
    const document = fillAppShell(shell, { ...page, title: 'Bröd & <bullar> – e-galleria' }, null);
    expect(document).toContain('<title>Bröd &amp; &lt;bullar&gt; – e-galleria</title>');
    expect(document).not.toContain('<title>e-galleria</title>');
    expect(fillAppShell(shell, page, null)).toContain('<title>e-galleria</title>');
  });

  it('asks for the scripts after the content, so its pictures are fetched first', () => {
    const document = fillAppShell(shell, page, null);
    const head = document.slice(0, document.indexOf('</head>'));
    expect(head).not.toContain('<script');
    expect(head).not.toContain('modulepreload');
    expect(head).toContain('rel="stylesheet"');
    expect(document.indexOf('/assets/index-abc.js')).toBeGreaterThan(document.indexOf('</h1>'));
    expect(document.indexOf('/assets/utils-def.js')).toBeGreaterThan(document.indexOf('</h1>'));
  });

  it('holds the scripts in an inert template behind the releaser when the page has a main picture', () => {
    const withPicture = {
      ...page,
      html: '<h1>Silvervägens Livs</h1><picture><img src="/files/a-640.jpg" fetchPriority="high"></picture>',
      priorityPicture: mainPicture,
    };
    const document = fillAppShell(shell, withPicture, null, '/assets/release-held-scripts-x.js');
    const template = document.slice(
      document.indexOf('<template id="held-scripts">'),
      document.indexOf('</template>'),
    );
    expect(template).toContain('<script type="module" crossorigin src="/assets/index-abc.js">');
    expect(template).toContain('href="/assets/utils-def.js"');
    // Outside the template the releaser is the one script asked for.
    const outside = document.replace(template, '');
    expect(outside.match(/<script type="module"[^>]*>/g)).toEqual([
      '<script type="module" crossorigin src="/assets/release-held-scripts-x.js">',
    ]);
    expect(outside).not.toContain('modulepreload');
  });

  it('asks for the scripts at once when the page has no main picture or the build no releaser', () => {
    const withoutPicture = fillAppShell(shell, page, null, '/assets/release-held-scripts-x.js');
    expect(withoutPicture).not.toContain('held-scripts');
    expect(withoutPicture).toContain(
      '<script type="module" crossorigin src="/assets/index-abc.js">',
    );
    const withPicture = { ...page, priorityPicture: mainPicture };
    expect(fillAppShell(shell, withPicture, null, null)).not.toContain('held-scripts');
  });
});

describe('the main picture’s preload header', () => {
  const picture = mainPicture;

  it('carries the same srcset and sizes as the page’s source, so one file is fetched', () => {
    expect(preloadLinkOf(picture)).toBe(
      '</files/a-640.jpg>; rel=preload; as=image; imagesrcset="/files/a-640.webp 640w, /files/a-1280.webp 1280w"; imagesizes="(min-width: 60rem) 60rem, 100vw"; type="image/webp"; fetchpriority=high',
    );
  });

  it('is left out when a field could break the header', () => {
    expect(preloadLinkOf({ ...picture, sizes: '100vw"; rel=stylesheet' })).toBeNull();
    expect(preloadLinkOf({ ...picture, url: '/files/å.jpg' })).toBeNull();
    expect(preloadLinkOf({ ...picture, srcset: '/files/a.webp\r\nSet-Cookie: x' })).toBeNull();
  });
});
