import { expect, test } from 'vitest';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility.ts';
import { useE2eEnvironment } from './support/e2e-environment.ts';
import { demoGrocer, heading, keepScreenshot, logIn } from './support/flows.ts';
import { openShopOrders } from './support/shopping.ts';

const environment = useE2eEnvironment();

const phone = { width: 360, height: 740 };

test('on a phone the shop takes an order by phone for a caller without e-mail, then for a resident', async () => {
  const page = await environment.newPage({ viewport: phone });
  await logIn(page, demoGrocer);
  await openShopOrders(page, 'Bengt Butiksson', 'Silvervägens Livs');
  await page.getByRole('link', { name: 'Ta en beställning per telefon' }).click();
  await heading(page, 'Beställning per telefon').waitFor();
  await expectNoSeriousAccessibilityViolations(page);

  // Nobody by that name yet: take the caller down as a new contact.
  const main = page.getByRole('main');
  await main.getByLabel('Namn eller telefonnummer', { exact: true }).fill('Elvira Nyberg');
  await main.getByRole('button', { name: 'Sök' }).click();
  await main.getByText('Inget hushåll stämmer med ”Elvira Nyberg”').waitFor();
  const contact = main.getByRole('region', { name: 'Ny kontakt utan konto' });
  await contact.getByLabel('Namn', { exact: true }).fill('Elvira Nyberg');
  await contact.getByLabel('Gatuadress', { exact: true }).fill('Fjällvägen 2');
  await contact.getByLabel('Postnummer', { exact: true }).fill('930 93');
  await contact.getByLabel('Ort eller by', { exact: true }).fill('Laisvall');
  await contact.getByLabel('Telefonnummer', { exact: true }).fill('070-174 06 95');
  await contact.getByRole('button', { name: 'Spara kontakten och fortsätt' }).click();
  await main.getByRole('heading', { name: 'Elvira Nyberg' }).waitFor();
  await main.getByText('Har ingen e-post: ring och berätta när varorna kommer.').waitFor();
  await keepScreenshot(page, 'phone-order-goods-360');
  await expectNoSeriousAccessibilityViolations(page);

  // Sending without goods says what is missing.
  await main.getByRole('button', { name: 'Lägg beställningen' }).click();
  await page.getByRole('alert').waitFor();
  await main.getByLabel('Antal Mellanmjölk 1,5 %', { exact: true }).fill('2');
  await main.getByRole('radio', { name: /Hämta i butiken/ }).check();
  await main.getByRole('button', { name: 'Lägg beställningen' }).click();
  await heading(page, 'Beställningen är lagd').waitFor();
  await keepScreenshot(page, 'phone-order-placed-360');
  await page
    .getByRole('status')
    .filter({ hasText: 'Beställningen åt Elvira Nyberg är lagd' })
    .waitFor();
  await expectNoSeriousAccessibilityViolations(page);

  // The order is in the shop's list, with the caller's name.
  await page.getByRole('link', { name: 'Till butikens beställningar' }).click();
  await page.getByRole('heading', { level: 1, name: /^Beställningar – / }).waitFor();
  await expect.poll(() => main.getByText('Elvira Nyberg').count()).toBeGreaterThan(0);

  // A resident with an account is found by name.
  await page.getByRole('link', { name: 'Ta en beställning per telefon' }).click();
  await main.getByLabel('Namn eller telefonnummer', { exact: true }).fill('Britt Bymark');
  await main.getByRole('button', { name: 'Sök' }).click();
  await main.getByRole('link', { name: 'Beställ åt Britt Bymark' }).click();
  await main.getByText('Får bekräftelse och besked per e-post.').waitFor();
  const scrollWidth = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
  expect(scrollWidth).toBeLessThanOrEqual(phone.width);

  // The same page at a desk.
  await page.setViewportSize({ width: 1280, height: 900 });
  await keepScreenshot(page, 'phone-order-1280');
  await expectNoSeriousAccessibilityViolations(page);
});
