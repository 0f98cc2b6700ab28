import { afterAll, expect, test } from 'vitest';
import { createDatabase, type Database } from '../../server/src/db/database.ts';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility.ts';
import { useE2eEnvironment } from './support/e2e-environment.ts';
import { demoPassword, heading, keepScreenshot, logIn, ownersShopId } from './support/flows.ts';
import { addLastFreeHaircutToBasket } from './support/shopping.ts';

const environment = useE2eEnvironment();
let database: Database | undefined;
afterAll(() => database?.close());

// Decision 0074: the salon's customer did not come. Before, the salon could only mark the
// haircut "Utförd" (done and paid) or cancel it, which mailed that the salon had cancelled.
test('the salon marks a booking whose time has passed "Kom inte", and the resident reads so', async () => {
  const page = await environment.newPage({ viewport: { width: 360, height: 780 } });
  await addLastFreeHaircutToBasket(page);
  await page.goto('/kassa');
  await heading(page, 'Kassa').waitFor();
  await page.getByLabel('Namn', { exact: true }).fill('Ina Inte');
  await page.getByLabel('E-postadress', { exact: true }).fill('ina.inte@example.se');
  await page.getByRole('button', { name: 'Beställ' }).click();
  await heading(page, 'Din beställning').waitFor();
  const confirmation = page.url();

  const shop = await environment.newPage({ viewport: { width: 1280, height: 900 } });
  await logIn(shop, {
    email: 'salong@arjeplog.example.se',
    password: demoPassword,
    name: 'Sara Saxberg',
  });
  const ordersPath = `/konto/butiker/${await ownersShopId(shop)}/bestallningar`;
  await shop.goto(ordersPath);
  const card = shop.getByRole('listitem').filter({ hasText: 'Beställning från Ina Inte' });
  await card.getByRole('button', { name: /^Acceptera/ }).click();
  await card.locator('.badge').getByText('Bekräftad', { exact: true }).waitFor();
  // Before the time nobody is late: no "Kom inte".
  expect(await card.getByRole('button', { name: /^Kom inte/ }).count()).toBe(0);

  // The time came ten minutes ago (the server's clock cannot be moved; the booking can).
  database ??= createDatabase(environment.databaseUrl);
  const { knex } = database;
  await knex('order_lines')
    .whereIn(
      'order_id',
      knex('shop_orders as o')
        .join('checkouts as c', 'c.id', 'o.checkout_id')
        .where('c.contact_email', 'ina.inte@example.se')
        .select('o.id'),
    )
    .update({ slot_start: Date.now() - 600_000, slot_end: Date.now() + 1_200_000 });
  // A confirmed booking waits in the queue "Bokade tider".
  await shop.goto(`${ordersPath}?queue=booked`);
  await card.getByRole('button', { name: /^Tjänsten är utförd/ }).waitFor();
  await keepScreenshot(shop, 'no-show-offered-1280');
  // By keyboard: asked twice, with what it does, and focus follows the question (the pressed
  // button is gone from the page); "Nej, avbryt" keeps the booking and brings focus back.
  const focusedText = () => shop.evaluate(() => document.activeElement?.textContent ?? '');
  await card.getByRole('button', { name: /^Kom inte/ }).focus();
  await shop.keyboard.press('Enter');
  await card.getByText('Kunden får ett mejl om det.', { exact: false }).waitFor();
  expect(await focusedText()).toMatch(/^Ja, kunden kom inte/);
  await shop.keyboard.press('Shift+Tab');
  expect(await focusedText()).toMatch(/^Nej, avbryt/);
  await shop.keyboard.press('Enter');
  await expect.poll(focusedText).toMatch(/^Kom inte/);
  await card.getByRole('button', { name: /^Kom inte/ }).click();
  const confirm = card.getByRole('button', { name: /^Ja, kunden kom inte/ });
  await shop.setViewportSize({ width: 360, height: 780 });
  await keepScreenshot(shop, 'no-show-asking-360');
  await shop.setViewportSize({ width: 1280, height: 900 });
  await keepScreenshot(shop, 'no-show-asking-1280');
  await expectNoSeriousAccessibilityViolations(shop);
  await confirm.click();
  await card.locator('.badge').getByText('Kom inte', { exact: true }).waitFor();
  // Nothing is paid for a time nobody came to: the card no longer says it is paid when done.
  await card.getByText(/· Inget att betala$/).waitFor();
  expect(await card.getByRole('button', { name: /^Tjänsten är utförd|^Kom inte/ }).count()).toBe(0);
  await card.getByText('Historik').click();
  await card.getByText(/^Kom inte · /).waitFor();
  await keepScreenshot(shop, 'no-show-shop-done-1280');

  await page.goto(confirmation);
  const order = page.getByRole('region', { name: 'Salong Norrsken' });
  await order.locator('.badge').getByText('Du kom inte', { exact: true }).waitFor();
  const road = order.getByRole('list', { name: 'Så här långt har beställningen kommit' });
  expect(
    (await road.getByRole('listitem').allInnerTexts()).map((text) => text.split(/\s+[\d(]/)[0]),
  ).toEqual(['Bokad', 'Bekräftad av butiken', 'Du kom inte']);
  expect(await page.getByText(/Avbeställd|avbeställts/).count()).toBe(0);
  await page.getByText(/^495,00\s?kr som inte blev av räknas inte med\.$/).waitFor();
  await expectNoSeriousAccessibilityViolations(page);
  await keepScreenshot(page, 'no-show-resident-360');
  await page.setViewportSize({ width: 1280, height: 900 });
  await keepScreenshot(page, 'no-show-resident-1280');
});
