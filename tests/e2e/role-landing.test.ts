import { expect, test } from 'vitest';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility.ts';
import { useE2eEnvironment } from './support/e2e-environment.ts';
import {
  demoGrocer,
  demoPassword,
  heading,
  keepScreenshot,
  logIn,
  ownersShopId,
} from './support/flows.ts';

const environment = useE2eEnvironment();
const phone = { width: 360, height: 740 };

test('the service point’s operator lands at the counter after logging in', async () => {
  const page = await environment.newPage({ viewport: phone });
  await logIn(page, {
    email: 'ombud@laisvall.example.se',
    password: demoPassword,
    name: 'Lisa Laisvik',
  });
  await heading(page, 'Disken – Laisvall Byhandel').waitFor();
  await expectNoSeriousAccessibilityViolations(page);
  // The account menu leads back to it from anywhere.
  await page.goto('/arjeplog');
  await page.getByRole('button', { name: /Lisa Laisvik/ }).click();
  await page.getByRole('link', { name: 'Disken: Laisvall Byhandel' }).click();
  await heading(page, 'Disken – Laisvall Byhandel').waitFor();
});

test('a resident lands in the galleria of her saved address after logging in', async () => {
  const page = await environment.newPage({ viewport: phone });
  await logIn(page, {
    email: 'boende@arjeplog.example.se',
    password: demoPassword,
    name: 'Britt Bymark',
  });
  await page.waitForURL((url) => url.pathname === '/arjeplog');
  await heading(page, 'Handla lokalt i Arjeplog').waitFor();
});

test('a shop owner lands on the shop’s orders after logging in', async () => {
  const page = await environment.newPage({ viewport: phone });
  await logIn(page, demoGrocer);
  await heading(page, /^Beställningar – Silvervägens Livs/).waitFor();
  await expectNoSeriousAccessibilityViolations(page);
});

test('the municipality admin lands on the municipality’s overview after logging in', async () => {
  const page = await environment.newPage({ viewport: phone });
  await logIn(page, {
    email: 'kommun@arjeplog.example.se',
    password: demoPassword,
    name: 'Kerstin Kommunberg',
  });
  await heading(page, /Arjeplog/).waitFor();
  await page.waitForURL((url) => url.pathname === '/admin/kommun/arjeplog');
  // The header's municipality is hers, not "Välj kommun".
  expect(await page.getByLabel('Kommun', { exact: true }).inputValue()).toBe('arjeplog');
  await expectNoSeriousAccessibilityViolations(page);
});

test('a staff page whose data is slow to come says it is loading, under the site’s mark, until it comes', async () => {
  const page = await environment.newPage({ viewport: phone });
  await logIn(page, demoGrocer);
  const shopId = await ownersShopId(page);
  // The orders are held back, as on a slow connection, until the test lets them through.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(`**/api/v1/shops/${shopId}/orders?*`, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`/konto/butiker/${shopId}/bestallningar`);
  await page.getByRole('status').filter({ hasText: 'Laddar sidan…' }).waitFor();
  await page.getByRole('link', { name: 'e-galleria' }).waitFor();
  expect(await page.locator('main').getAttribute('aria-busy')).toBe('true');
  await expectNoSeriousAccessibilityViolations(page);
  await keepScreenshot(page, 'staff-page-loading-360');

  release();
  await heading(page, /^Beställningar – Silvervägens Livs/).waitFor();
  expect(await page.getByText('Laddar sidan…').count()).toBe(0);
  expect(await page.locator('main').getAttribute('aria-busy')).toBeNull();
});

test('before the app’s JavaScript has come, a staff page already says it is loading', async () => {
  const page = await environment.newPage({ viewport: phone });
  await logIn(page, demoGrocer);
  const shopId = await ownersShopId(page);
  // The app's scripts are held back, as on a slow connection: the page is the shell alone.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`/konto/butiker/${shopId}/bestallningar`, { waitUntil: 'commit' });
  await page.getByRole('status').filter({ hasText: 'Laddar sidan… / Loading…' }).waitFor();
  await keepScreenshot(page, 'staff-page-shell-loading-360');
  release();
  await heading(page, /^Beställningar – Silvervägens Livs/).waitFor();
  expect(await page.getByText('Laddar sidan… / Loading…').count()).toBe(0);
});
