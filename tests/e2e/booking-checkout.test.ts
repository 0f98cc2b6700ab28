import { expect, test } from 'vitest';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility.ts';
import { useE2eEnvironment } from './support/e2e-environment.ts';
import { heading, keepScreenshot } from './support/flows.ts';
import { productId } from './support/shopping.ts';

const environment = useE2eEnvironment();

// A booked time is not a parcel: the checkout shows the time and asks nothing about how to
// receive it (before, a haircut on Tuesday 09:00 offered "Hämta i butiken – Klart att hämta
// från måndag").
test('a guest books a haircut and the checkout shows the time, with nothing to collect', async () => {
  const page = await environment.newPage({ viewport: { width: 360, height: 780 } });
  await page.goto(`/arjeplog/produkter/${await productId(page, 'Klippning')}`);
  await heading(page, 'Klippning').waitFor();
  await page.getByRole('group', { name: 'Välj tid' }).getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Lägg i varukorgen' }).click();
  await page.getByRole('status').filter({ hasText: 'Klippning ligger nu i varukorgen.' }).waitFor();

  await page.goto('/kassa');
  await heading(page, 'Kassa').waitFor();
  const salon = page.getByRole('region', { name: 'Salong Norrsken' });
  await salon.getByText(/^1 × Klippning, \w+ \d+ \w+\.? \d\d:\d\d/).waitFor();
  await salon.getByText('Du har bokat en tid: tjänsten utförs då').waitFor();
  expect(await salon.getByRole('radio').count()).toBe(0);
  await page.getByText('Du betalar när tjänsten utförs.').waitFor();
  await expectNoSeriousAccessibilityViolations(page);
  await keepScreenshot(page, 'checkout-booking-360');

  await page.getByLabel('Namn', { exact: true }).fill('Bo Bokning');
  await page.getByLabel('E-postadress', { exact: true }).fill('bo.bokning@example.se');
  await page.getByRole('button', { name: 'Beställ' }).click();
  await heading(page, 'Din beställning').waitFor();
});
