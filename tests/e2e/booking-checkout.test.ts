import { afterAll, expect, test } from 'vitest';
import { createDatabase, type Database } from '../../server/src/db/database.ts';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility.ts';
import { useE2eEnvironment } from './support/e2e-environment.ts';
import { demoPassword, heading, keepScreenshot, logIn, ownersShopId } from './support/flows.ts';
import { addLastFreeHaircutToBasket, productId } from './support/shopping.ts';

const environment = useE2eEnvironment();
let database: Database | undefined;
afterAll(() => database?.close());

// A booked time is not a parcel: the checkout shows the time and asks nothing about how to
// receive it (before, a haircut on Tuesday 09:00 offered "Hämta i butiken – Klart att hämta
// från måndag").
test('a guest books a haircut and the checkout shows the time, with nothing to collect', async () => {
  const page = await environment.newPage({ viewport: { width: 360, height: 780 } });
  await addLastFreeHaircutToBasket(page);

  await page.goto('/kassa');
  await heading(page, 'Kassa').waitFor();
  const salon = page.getByRole('region', { name: 'Salong Norrsken' });
  await salon.getByText(/^1 × Klippning, \S+ \d+ \S+\.? \d\d:\d\d/).waitFor();
  await salon.getByText('Du har bokat en tid: tjänsten utförs då').waitFor();
  expect(await salon.getByRole('radio').count()).toBe(0);
  await page.getByText('Du betalar när tjänsten utförs.').waitFor();
  // Nothing to receive and nothing to collect: the headings and the payment say so.
  await page.getByRole('heading', { name: 'Dina bokade tider', level: 2 }).waitFor();
  await page.getByRole('radio', { name: /^Betala på plats/ }).waitFor();
  await expectNoSeriousAccessibilityViolations(page);
  await keepScreenshot(page, 'checkout-booking-360');

  await page.getByLabel('Namn', { exact: true }).fill('Bo Bokning');
  await page.getByLabel('E-postadress', { exact: true }).fill('bo.bokning@example.se');
  await page.getByRole('button', { name: 'Beställ' }).click();
  await heading(page, 'Din beställning').waitFor();

  // The order page speaks of a booking (decision 0067): booked, confirmed, done; the time; no
  // pickup code, and paid when the service is done. Before: "Packad", "Klar att hämta", a code.
  const order = page.getByRole('region', { name: 'Salong Norrsken' });
  await order.locator('.badge').getByText('Bokad', { exact: true }).waitFor();
  const road = order.getByRole('list', { name: 'Så här långt har beställningen kommit' });
  expect(
    (await road.getByRole('listitem').allInnerTexts()).map((text) => text.split(/\s+[\d(]/)[0]),
  ).toEqual(['Bokad', 'Bekräftad av butiken', 'Utförd']);
  await order.getByText(/^Bokad tid \S+ \d+ \S+\.? \d\d:\d\d$/).waitFor();
  expect(await order.getByText('Hämtkod').count()).toBe(0);
  await page.getByText('Du betalar när tjänsten utförs.').waitFor();
  expect(await page.getByText('Ta med hämtkoden').count()).toBe(0);
  await expectNoSeriousAccessibilityViolations(page);
  await keepScreenshot(page, 'booking-confirmation-360');
  const confirmation = page.url();

  // The salon's owner confirms it, then marks it done.
  const shop = await environment.newPage({ viewport: { width: 1280, height: 900 } });
  await logIn(shop, {
    email: 'salong@arjeplog.example.se',
    password: demoPassword,
    name: 'Sara Saxberg',
  });
  await shop.goto(`/konto/butiker/${await ownersShopId(shop)}/bestallningar`);
  const booked = shop.getByRole('region', { name: /^Bokade tider – \S+ \d+ \S+/ });
  const card = booked.getByRole('listitem').filter({ hasText: 'Beställning från Bo Bokning' });
  await card.getByText('Betalas när tjänsten utförs').waitFor();
  await card.getByRole('button', { name: /^Acceptera/ }).click();
  await card.locator('.badge').getByText('Bekräftad', { exact: true }).waitFor();
  expect(await card.getByRole('button', { name: /^Packad/ }).count()).toBe(0);
  // Not before the booked day: the card says from when instead of offering the button.
  await card.getByText(/^Kan markeras som utförd från \S+ \d+ \S+, den bokade dagen\.$/).waitFor();
  expect(await card.getByRole('button', { name: /^Tjänsten är utförd/ }).count()).toBe(0);
  await keepScreenshot(shop, 'booking-shop-accepted-1280');

  // The day comes (the booked time moved to an hour ago, as the server's clock cannot be).
  database ??= createDatabase(environment.databaseUrl);
  await database
    .knex('order_lines')
    .whereIn('order_id', database.knex('shop_orders').select('id').where({ status: 'accepted' }))
    .whereNotNull('slot_start')
    .update({ slot_start: Date.now() - 3_600_000, slot_end: Date.now() - 1_800_000 });
  // A confirmed booking waits in the queue "Bokade tider", not among the goods to pack.
  await shop.reload();
  const queue = shop.getByLabel('Kö', { exact: true });
  await queue.selectOption({ label: 'Bokade tider' });
  await shop
    .locator('form', { has: queue })
    .getByRole('button', { name: 'Visa', exact: true })
    .click();
  await shop.waitForURL(/queue=booked/);
  await card.getByRole('button', { name: /^Tjänsten är utförd/ }).click();
  await card.locator('.badge').getByText('Utförd', { exact: true }).waitFor();
  expect(
    await card
      .getByRole('button')
      .filter({ hasText: /Klar att hämta|Hämtad av kunden/ })
      .count(),
  ).toBe(0);

  await page.goto(confirmation);
  await order.locator('.badge').getByText('Utförd', { exact: true }).waitFor();
  await keepScreenshot(page, 'booking-done-360');
});

// Twelve times in two weeks were all a resident could see: a booking for next month could
// not be made.
test('a resident looks past the first twelve times and back', async () => {
  const page = await environment.newPage({ viewport: { width: 360, height: 780 } });
  await page.goto(`/arjeplog/produkter/${await productId(page, 'Klippning')}`);
  await heading(page, 'Klippning').waitFor();
  const times = page.getByRole('group', { name: 'Välj tid' }).getByRole('radio');
  const firstPage = await Promise.all((await times.all()).map((radio) => radio.inputValue()));
  expect(firstPage.length).toBeGreaterThan(0);
  await page.getByRole('link', { name: 'Senare tider' }).click();
  await page.getByRole('heading', { name: /^Lediga tider efter / }).waitFor();
  await page.getByRole('link', { name: 'Till de första lediga tiderna' }).waitFor();
  const laterPage = await Promise.all((await times.all()).map((radio) => radio.inputValue()));
  expect(laterPage.length).toBeGreaterThan(0);
  // Every later time starts after the last one of the first page.
  const lastShown = Date.parse(firstPage.at(-1) ?? '');
  expect(laterPage.every((start) => Date.parse(start) > lastShown)).toBe(true);
  await expectNoSeriousAccessibilityViolations(page);
  await keepScreenshot(page, 'booking-later-times-360');
  // One of them goes into the basket as any time does.
  await times.first().check();
  await page.getByRole('button', { name: 'Lägg i varukorgen' }).click();
  await page.getByRole('status').filter({ hasText: 'Klippning ligger nu i varukorgen.' }).waitFor();
  await page.getByRole('link', { name: 'Till de första lediga tiderna' }).click();
  await page.getByRole('heading', { name: 'Nästa lediga tider' }).waitFor();
  expect(await times.first().inputValue()).toBe(firstPage[0]);
});

// A haircut at home had a "Lägg i varukorgen" that led to "Hämta på Laisvall servicepunkt",
// with no address asked: it is booked with the salon instead (decision 0068).
test('a service at home on request shows how to book it with the shop, not a basket', async () => {
  const page = await environment.newPage({ viewport: { width: 360, height: 780 } });
  await page.goto(`/arjeplog/produkter/${await productId(page, 'Klippning i hemmet')}`);
  await heading(page, 'Klippning i hemmet').waitFor();
  await page
    .getByText(/^Tjänsten görs hemma hos dig\. Du bokar den direkt med Salong Norrsken/)
    .waitFor();
  const call = page.getByRole('link', { name: /^0961/ });
  expect(await call.getAttribute('href')).toMatch(/^tel:0961/);
  await page.getByRole('link', { name: 'info@salong-norrsken.example.se' }).waitFor();
  expect(await page.getByRole('button', { name: 'Lägg i varukorgen' }).count()).toBe(0);
  await expectNoSeriousAccessibilityViolations(page);
  await keepScreenshot(page, 'service-booked-with-shop-360');
});
