import { afterAll, expect, test } from 'vitest';
import { createDatabase, type Database } from '../../server/src/db/database.ts';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility.ts';
import { useE2eEnvironment } from './support/e2e-environment.ts';
import { demoPassword, heading, keepScreenshot } from './support/flows.ts';
import { addToBasket } from './support/shopping.ts';

const environment = useE2eEnvironment();
let database: Database | undefined;
afterAll(() => database?.close());

const phone = { viewport: { width: 360, height: 740 } };

test('home delivery for approved households only is no choice for a guest, who is told to log in; the approved resident chooses it', async () => {
  // Arjeplog's demo offers home delivery to approved households only, with a trial for
  // everyone in 2027; without the trial the rule holds whatever the day the test runs.
  database = createDatabase(environment.databaseUrl);
  await database
    .knex('home_delivery_settings')
    .update({ trial_starts_on: null, trial_ends_on: null });

  const page = await environment.newPage(phone);
  await addToBasket(page, 'Knäckebröd råg');
  await page.goto('/kassa');
  await heading(page, 'Kassa').waitFor();
  const main = page.getByRole('main');
  await main.getByLabel('Gatuadress', { exact: true }).fill('Storvägen 3');
  await main.getByLabel('Postnummer', { exact: true }).fill('93093');
  await main.getByLabel('Ort eller by', { exact: true }).fill('Laisvall');
  await main.getByLabel('Ort eller by', { exact: true }).blur();
  await main
    .getByText(/Körs hem till dig/)
    .first()
    .waitFor();
  const homeDelivery = main.getByRole('radio', { name: /Hemleverans/ });
  // Said beside the choice, not refused after "Beställ".
  expect(await homeDelivery.isDisabled()).toBe(true);
  await main.getByText('Bara för hushåll som kommunen beviljat hemsändning.').waitFor();
  const logInLink = main.getByRole('link', { name: 'Logga in om ditt hushåll är beviljat.' });
  await expectNoSeriousAccessibilityViolations(page);
  await keepScreenshot(page, 'checkout-home-delivery-needs-approval-360');

  // Britt's household in Laisvall is approved (demo-households.ts): logged in, it is hers.
  await logInLink.click();
  await heading(page, 'Logga in').waitFor();
  // The login page was opened with the way back to the checkout.
  await page.getByLabel('E-postadress', { exact: true }).fill('boende@arjeplog.example.se');
  await page.getByLabel('Lösenord', { exact: true }).fill(demoPassword);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.waitForURL(/\/kassa$/);
  await heading(page, 'Kassa').waitFor();
  const approved = page.getByRole('main').getByRole('radio', { name: /Hemleverans/ });
  await page
    .getByRole('main')
    .getByText(/ditt hushåll är beviljat/)
    .first()
    .waitFor();
  expect(await approved.first().isDisabled()).toBe(false);
  await expect
    .poll(() => page.getByRole('main').getByText('Logga in om ditt hushåll är beviljat.').count())
    .toBe(0);
});
