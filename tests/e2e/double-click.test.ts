import { afterAll, expect, test } from 'vitest';
import { createDatabase, type Database } from '../../server/src/db/database.ts';
import { useE2eEnvironment } from './support/e2e-environment.ts';
import { demoGrocer, demoPassword, heading, logIn, ownersShopId } from './support/flows.ts';
import { addToBasket, productId } from './support/shopping.ts';

const environment = useE2eEnvironment();
let database: Database | undefined;
afterAll(() => database?.close());

const phone = { viewport: { width: 360, height: 780 } };

// A double click, or a second tap while a slow phone is still sending, sends a form once
// (SubmitButton's useSendOnce): before, it made two products, or moved an order on and then
// said it could not.
test('a double click on Spara makes one product, and on Acceptera accepts the order without an error', async () => {
  const page = await environment.newPage(phone);
  await logIn(page, demoGrocer);
  const shopId = await ownersShopId(page);
  await page.goto(`/konto/butiker/${shopId}/sortiment/ny`);
  await heading(page, 'Ny vara').waitFor();
  await page.getByLabel('Namn', { exact: true }).fill('Dubbelklicksbulle');
  await page.getByLabel('Kategori', { exact: true }).selectOption({ label: 'Livsmedel' });
  await page.getByLabel('Pris i kronor inklusive moms', { exact: true }).fill('10');
  await page.getByRole('button', { name: 'Spara' }).dblclick();
  await heading(page, 'Ändra Dubbelklicksbulle').waitFor();
  const listed = await page.request.get(`/api/v1/shops/${shopId}/products?limit=100`);
  const titles = ((await listed.json()) as { items: { title: string }[] }).items.map(
    (item) => item.title,
  );
  expect(titles.filter((title) => title === 'Dubbelklicksbulle')).toHaveLength(1);

  // A guest orders for pickup in the shop; the shop's first "Acceptera", sent twice, was
  // refused the second time ("not possible in the current status") after the first worked.
  const guest = await environment.newPage(phone);
  await addToBasket(guest, 'Knäckebröd råg');
  await guest.goto('/kassa');
  await heading(guest, 'Kassa').waitFor();
  await guest.getByLabel('Namn', { exact: true }).fill('Dubbel Klicksson');
  await guest.getByLabel('E-postadress', { exact: true }).fill('dubbel@example.se');
  await guest.getByRole('radio', { name: /^Hämta i butiken/ }).check();
  await guest.getByRole('button', { name: 'Beställ' }).click();
  await heading(guest, 'Din beställning').waitFor();

  await page.goto(`/konto/butiker/${shopId}/bestallningar`);
  const order = page.locator('.order-list > li').filter({ hasText: 'Dubbel Klicksson' });
  await order.getByRole('button', { name: /^Acceptera/ }).dblclick();
  await order.getByText('Accepterad', { exact: true }).waitFor();
  expect(await page.getByText('Det går inte i det nuvarande läget').count()).toBe(0);
});

// The shop's home-delivery card sends "Lämna till budet" through its fetcher: sent twice, the
// order went out for delivery and the second sending said "Det går inte i det nuvarande läget".
test('a double click on Lämna till budet hands the order to the carrier once, without an error', async () => {
  // Britt, whose household in Laisvall Bussgods drives to, orders home from the grocery.
  const resident = await environment.newPage(phone);
  await logIn(resident, {
    email: 'boende@arjeplog.example.se',
    password: demoPassword,
    name: 'Britt Bymark',
  });
  const added = await resident.request.post('/api/v1/basket/items', {
    data: { productId: await productId(resident, 'Knäckebröd råg'), quantity: 1 },
    headers: { Origin: environment.baseUrl },
  });
  expect(added.status()).toBeLessThan(300);
  await resident.goto('/kassa');
  await heading(resident, 'Kassa').waitFor();
  const main = resident.getByRole('main');
  await main.getByRole('radio', { name: /Hemleverans/ }).check();
  await main.getByRole('button', { name: 'Beställ' }).click();
  await resident.waitForURL(/\/bestallningar\/[^/]+$/);
  const checkoutId = new URL(resident.url()).pathname.split('/').at(-1) ?? '';
  const read = await resident.request.get(`/api/v1/checkouts/${checkoutId}`);
  const { checkout } = (await read.json()) as { checkout: { orders: { id: string }[] } };
  const orderId = checkout.orders[0]?.id ?? '';

  // The grocer accepts and packs it, chooses Bussgods, then hands it over with a double click.
  const page = await environment.newPage(phone);
  await logIn(page, demoGrocer);
  const shopId = await ownersShopId(page);
  for (const step of ['accept', 'pack']) {
    const response = await page.request.post(`/api/v1/shops/${shopId}/orders/${orderId}/${step}`, {
      data: {},
      headers: { Origin: environment.baseUrl },
    });
    expect(response.status(), `${step}: ${await response.text()}`).toBeLessThan(300);
  }
  await page.goto(`/konto/butiker/${shopId}/hemleveranser`);
  await heading(page, 'Hemleveranser').waitFor();
  const card = page.getByRole('listitem').filter({ hasText: 'Storvägen 14' });
  await card.getByLabel('Bud').selectOption({ label: 'Bussgods' });
  await card.getByRole('button', { name: 'Spara bud' }).click();
  await card.getByRole('button', { name: 'Lämna till budet' }).dblclick();
  await card.getByText('Lämnad till Bussgods').waitFor();
  expect(await card.getByRole('alert').count()).toBe(0);
  database ??= createDatabase(environment.databaseUrl);
  const handedOver = await database
    .knex('order_status_events')
    .where({ order_id: orderId, event: 'hand_to_carrier' });
  expect(handedOver).toHaveLength(1);
});

// Taking a shop offline is asked twice, with "Nej, avbryt" first where the first button was:
// a double click on "Stäng av butiken" sends nothing. Before, one click took its page down.
test('suspending a shop is asked twice, and a double click suspends nothing', async () => {
  database ??= createDatabase(environment.databaseUrl);
  const shop = await database
    .knex('shops')
    .where({ name: 'Slagnäs Bageri' })
    .first<{ id: string }>('id');
  const page = await environment.newPage(phone);
  await logIn(page, {
    email: 'kommun@arjeplog.example.se',
    password: demoPassword,
    name: 'Kerstin Kommunberg',
  });
  await page.goto(`/admin/kommun/arjeplog/butiker/${shop.id}`);
  const suspend = page.getByRole('button', { name: 'Stäng av butiken' });
  // The second click of the double click lands on "Nej, avbryt": back where it started.
  await suspend.dblclick();
  await suspend.waitFor();
  const status = async () =>
    (await database?.knex('shops').where({ id: shop.id }).first<{ status: string }>('status'))
      ?.status;
  expect(await status()).toBe('published');
  await suspend.click();
  await page.getByRole('button', { name: 'Nej, avbryt' }).waitFor();
  await page.getByRole('button', { name: /^Ja, stäng av butiken nu/ }).click();
  await expect.poll(status).toBe('suspended');
});
