import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility.ts';
import { launchBrowser } from './support/browser.ts';

// The check every browser test leans on must be able to fail: a page with a nameless button
// and an image without a text alternative is refused, and the report names both rules.
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

test('the accessibility check refuses a page with serious violations and names them', async () => {
  const page = await browser.newPage();
  await page.setContent(
    '<!doctype html><html lang="sv"><head><title>Prov</title></head><body><main><h1>Prov</h1><button></button><img src="data:,"></main></body></html>',
  );
  // The failed assertion's `actual` is the report: one entry per rule broken.
  const report = await expectNoSeriousAccessibilityViolations(page).then(
    () => [],
    (error: unknown) => (error as { actual?: unknown }).actual,
  );
  expect(report).toEqual([
    expect.stringMatching(/^button-name \(critical\): .*\n {4}button$/),
    expect.stringMatching(/^image-alt \(critical\): .*\n {4}img$/),
  ]);

  // Fixed in place, the same page passes, with axe already in it.
  await page.evaluate(() => {
    document.querySelector('button')?.append('Spara');
    document.querySelector('img')?.setAttribute('alt', '');
  });
  await expectNoSeriousAccessibilityViolations(page);
});
