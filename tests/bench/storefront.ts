import net from 'node:net';
import { chromium } from 'playwright-core';
import { chromiumPath, repositoryRoot } from '../e2e/support/paths.ts';
import { startTestServer, type TestServer } from '../e2e/support/test-server.ts';
import { checkOutBaseline } from './storefront-baseline.ts';
import {
  auditPage,
  measurePage,
  type AuditScores,
  type PageFigures,
} from './storefront-measure.ts';

// `npm run bench:storefront [-- --baseline=<git ref>]`: what a resident's phone pays for the
// municipality page, a shop page and search — JavaScript over the wire on a first visit, and
// the largest contentful paint with a 4× slower CPU on slow 4G (median of BENCH_RUNS cold
// visits) — and Lighthouse's mobile audit of the same pages, all in Debian's Chromium. With
// a baseline, that commit is checked out beside this one, built and measured the same way,
// and the figures are printed side by side. Build this checkout first (`npm run build`).

const runs = Number(process.env.BENCH_RUNS ?? 3);
const baselineRef = process.argv.find((arg) => arg.startsWith('--baseline='))?.split('=')[1];
const pages = [
  { name: 'municipality', path: '/arjeplog' },
  { name: 'shop', path: '/arjeplog/butiker/silvervagens-livs' },
  { name: 'search', path: `/arjeplog/sok?q=${encodeURIComponent('mjölk')}` },
];

type BuildFigures = Map<string, PageFigures & AuditScores>;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function measureBuild(label: string, root: string): Promise<BuildFigures> {
  const server: TestServer = await startTestServer({}, root);
  const port = await freePort();
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--remote-debugging-port=${port}`,
    ],
  });
  const figures: BuildFigures = new Map();
  try {
    for (const page of pages) {
      const url = `${server.baseUrl}${page.path}`;
      const measured = await measurePage(browser, url, runs);
      const audited = await auditPage(port, url);
      figures.set(page.name, { ...measured, ...audited });
      console.error(`${label} ${page.name}: ${JSON.stringify(figures.get(page.name))}`);
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  return figures;
}

function row(cells: string[]): string {
  return cells.map((cell, index) => (index === 0 ? cell.padEnd(14) : cell.padStart(17))).join('');
}

function print(current: BuildFigures, baseline: BuildFigures | null): void {
  const pair = (before: number | undefined, after: number | undefined, unit = '') =>
    baseline ? `${before ?? '?'}${unit} → ${after ?? '?'}${unit}` : `${after ?? '?'}${unit}`;
  console.log(
    row([
      'page',
      'JS KB',
      'LCP ms (4×, 4G)',
      'LH perf',
      'LH a11y',
      'LH best pr.',
      'LH SEO',
      'LH LCP ms',
      'LH KiB',
    ]),
  );
  for (const { name } of pages) {
    const after = current.get(name);
    const before = baseline?.get(name);
    const kb = (figures?: PageFigures) =>
      figures ? Math.round(figures.javaScriptBytes / 100) / 10 : undefined;
    console.log(
      row([
        name,
        pair(kb(before), kb(after)),
        pair(before && Math.round(before.lcpMs), after && Math.round(after.lcpMs)),
        pair(before?.performance, after?.performance),
        pair(before?.accessibility, after?.accessibility),
        pair(before?.bestPractices, after?.bestPractices),
        pair(before?.seo, after?.seo),
        pair(before?.simulatedLcpMs, after?.simulatedLcpMs),
        pair(before?.totalKiB, after?.totalKiB),
      ]),
    );
  }
}

let baseline: BuildFigures | null = null;
if (baselineRef) {
  const checkout = checkOutBaseline(repositoryRoot, baselineRef);
  // Also on Ctrl-C: the checkout is a worktree of this repository and must not be left behind.
  process.once('SIGINT', () => {
    checkout.remove();
    process.exit(130);
  });
  try {
    baseline = await measureBuild(`baseline ${baselineRef}`, checkout.root);
  } finally {
    checkout.remove();
  }
}
const current = await measureBuild('this checkout', repositoryRoot);
console.log(
  `\nstorefront on a phone (${runs} cold visits each; Lighthouse ${baselineRef ? `before → after, baseline ${baselineRef}` : 'this checkout'})`,
);
print(current, baseline);
