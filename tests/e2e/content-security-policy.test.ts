import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { useE2eEnvironment } from './support/e2e-environment.ts';
import { demoGrocer, demoPassword, logIn } from './support/flows.ts';

// Console errors and uncaught exceptions already fail every e2e test (e2e-environment.ts).
const environment = useE2eEnvironment();

/**
 * Every Content-Security-Policy violation the page reports, also those a script caught and
 * went on from (a `new Function` probe inside try/catch still sends a report).
 */
async function watchViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}`);
    });
  });
}

async function violationsOn(page: Page, path: string): Promise<string[]> {
  await page.goto(path);
  await page.locator('main h1').waitFor();
  // Lazy route modules and the map load after the heading; let them run.
  await page.waitForLoadState('networkidle');
  return page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

test('public pages run without a Content-Security-Policy violation (no eval)', async () => {
  const page = await environment.newPage();
  await watchViolations(page);
  const product = (await (
    await page.request.get('/api/v1/municipalities/arjeplog/products?q=Knäckebröd')
  ).json()) as { items: { id: string }[] };
  const productPath = `/arjeplog/produkter/${product.items[0]?.id ?? 'missing'}`;
  for (const path of [
    '/',
    '/arjeplog',
    '/arjeplog/sok?q=mjölk',
    '/arjeplog/butiker',
    productPath,
    '/arjeplog/servicepunkter',
    '/varukorg',
    '/logga-in',
    '/registrera',
  ])
    expect(await violationsOn(page, path), path).toEqual([]);
});

test('the shop’s and the counter’s pages run without a Content-Security-Policy violation', async () => {
  const owner = await environment.newPage();
  await watchViolations(owner);
  await logIn(owner, demoGrocer);
  expect(await violationsOn(owner, '/konto'), '/konto').toEqual([]);

  const operator = await environment.newPage();
  await watchViolations(operator);
  await logIn(operator, {
    email: 'ombud@laisvall.example.se',
    password: demoPassword,
    name: 'Lisa Laisvik',
  });
  const counter = '/konto/ombud/laisvall-byhandel';
  expect(await violationsOn(operator, counter), counter).toEqual([]);
});
