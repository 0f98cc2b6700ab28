import { expect, test } from 'vitest';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility.ts';
import { useE2eEnvironment } from './support/e2e-environment.ts';
import { demoPassword, heading, logIn } from './support/flows.ts';

const environment = useE2eEnvironment();
const operator = {
  email: 'ombud@laisvall.example.se',
  password: demoPassword,
  name: 'Lisa Laisvik',
};

test('the counter opens again after a reload on a phone without a connection', async () => {
  const page = await environment.newPage({ viewport: { width: 360, height: 740 } });
  await logIn(page, operator);
  await heading(page, 'Disken – Laisvall Byhandel').waitFor();
  // The counter installs the app shell; it is ready once its files are cached.
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(scope).toBe(`${environment.baseUrl}/`);

  await page.context().setOffline(true);
  await page.reload();
  await heading(page, 'Disken – Laisvall Byhandel').waitFor();
  await page.getByText('Ingen anslutning.', { exact: false }).first().waitFor();
  await page.getByLabel('Paketkod', { exact: true }).waitFor();
  // The header still knows who is at the counter.
  await page.getByRole('button', { name: /Lisa Laisvik/ }).waitFor();
  await expectNoSeriousAccessibilityViolations(page);

  await page.context().setOffline(false);
  await page.reload();
  await heading(page, 'Disken – Laisvall Byhandel').waitFor();
  await page
    .getByText('Ingen anslutning.', { exact: false })
    .first()
    .waitFor({ state: 'detached' });
});

test('a resident’s pages install no service worker', async () => {
  const page = await environment.newPage({ viewport: { width: 360, height: 740 } });
  await page.goto('/arjeplog');
  await heading(page, /Arjeplog/).waitFor();
  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations())).toHaveLength(0);
});
