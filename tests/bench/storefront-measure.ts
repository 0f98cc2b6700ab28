import lighthouse from 'lighthouse';
import type { Browser, CDPSession } from 'playwright-core';

/**
 * Lighthouse's mobile "slow 4G" with its request-latency and throughput factors, applied by
 * DevTools (a real, not simulated, slow line), and a mid-range phone's viewport.
 */
const slow4g = {
  offline: false,
  latency: 562.5,
  downloadThroughput: (1474.56 * 1024) / 8,
  uploadThroughput: (675 * 1024) / 8,
};
const phone = { width: 412, height: 823 };

export type PageFigures = {
  /** Bytes of JavaScript over the wire (compressed, headers excluded) on a first visit. */
  javaScriptBytes: number;
  /** Median largest contentful paint, 4× slower CPU and slow 4G, cold cache. */
  lcpMs: number;
};

export type AuditScores = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Lighthouse's own simulated LCP. */
  simulatedLcpMs: number;
  totalKiB: number;
};

async function throttle(session: CDPSession): Promise<void> {
  await session.send('Network.enable');
  await session.send('Network.emulateNetworkConditions', slow4g);
  await session.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}

/** One cold visit: a new context has an empty cache, cookies and storage. */
async function visit(browser: Browser, url: string): Promise<PageFigures> {
  const context = await browser.newContext({
    viewport: phone,
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
    locale: 'sv-SE',
  });
  try {
    const page = await context.newPage();
    await throttle(await context.newCDPSession(page));
    const scripts: Promise<number>[] = [];
    page.on('requestfinished', (request) => {
      // A request still finishing as the context closes has no sizes left to give.
      if (request.resourceType() === 'script')
        scripts.push(
          request.sizes().then(
            (sizes) => sizes.responseBodySize,
            () => 0,
          ),
        );
    });
    await page.goto(url, { waitUntil: 'networkidle', timeout: 120_000 });
    const lcpMs = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          new PerformanceObserver((entries) => {
            const last = entries.getEntries().at(-1);
            resolve(last ? last.startTime : Number.NaN);
          }).observe({ type: 'largest-contentful-paint', buffered: true });
        }),
    );
    const javaScriptBytes = (await Promise.all(scripts)).reduce((sum, size) => sum + size, 0);
    return { javaScriptBytes, lcpMs };
  } finally {
    await context.close();
  }
}

export async function measurePage(browser: Browser, url: string, runs: number) {
  const visits: PageFigures[] = [];
  for (let run = 0; run < runs; run += 1) visits.push(await visit(browser, url));
  const lcps = visits.map((figures) => figures.lcpMs).sort((a, b) => a - b);
  return {
    javaScriptBytes: visits[0]?.javaScriptBytes ?? Number.NaN,
    lcpMs: lcps[Math.floor(lcps.length / 2)] ?? Number.NaN,
  } satisfies PageFigures;
}

/**
 * Lighthouse's default (mobile) audit of one page, through the browser's debugging port.
 * Lighthouse 12 now and then fails to read this Chromium's trace ("frame_sequence") and then
 * gives no performance score at all: such a run is repeated, up to three times.
 */
export async function auditPage(port: number, url: string): Promise<AuditScores> {
  let scores = await auditOnce(port, url);
  for (let attempt = 1; attempt < 3 && Number.isNaN(scores.performance); attempt += 1)
    scores = await auditOnce(port, url);
  return scores;
}

async function auditOnce(port: number, url: string): Promise<AuditScores> {
  const result = await lighthouse(url, {
    port,
    logLevel: 'error',
    output: 'json',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  });
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
  const { categories, audits } = result.lhr;
  const score = (id: string) => Math.round((categories[id]?.score ?? Number.NaN) * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    simulatedLcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? Number.NaN),
    totalKiB: Math.round((audits['total-byte-weight']?.numericValue ?? Number.NaN) / 1024),
  };
}
