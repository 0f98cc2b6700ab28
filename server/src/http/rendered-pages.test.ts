import { describe, expect, it } from 'vitest';
import { fillAppShell } from './rendered-pages.ts';

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

describe('a rendered page in the app shell', () => {
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
});
