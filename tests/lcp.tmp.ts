import { chromium } from 'playwright-core';
import { chromiumPath } from './e2e/support/paths.ts';
const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--headless'] });
for (const path of ['/arjeplog', '/arjeplog/butiker/silvervagens-livs', '/arjeplog/sok?q=mj%C3%B6lk']) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 562.5, downloadThroughput: (1474.56 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto('http://127.0.0.1:4517' + path, { waitUntil: 'networkidle' });
  const r = await page.evaluate(() => new Promise<string>((resolve) => {
    new PerformanceObserver((list) => {
      resolve(list.getEntries().map((e: any) => `${Math.round(e.startTime)} ${e.element?.tagName}.${e.element?.className} ${e.url?.slice(-40) ?? ''}`).join(' | '));
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  }));
  console.log(path, r);
  await context.close();
}
await browser.close();
