import { randomUUID } from 'node:crypto';
import { afterAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { createDatabase, type Database } from '../../server/src/db/database.ts';
import { swedishDateOf } from '../../shared/src/calendar-dates.ts';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility.ts';
import { useE2eEnvironment } from './support/e2e-environment.ts';
import { demoPassword, heading, logIn } from './support/flows.ts';
import { scrollsSideways } from './support/layout.ts';

const environment = useE2eEnvironment();
let database: Database | undefined;
afterAll(() => database?.close());

const resident = {
  email: 'boende@arjeplog.example.se',
  password: demoPassword,
  name: 'Britt Bymark',
};
const grocer = {
  email: 'butik@arjeplog.example.se',
  password: demoPassword,
  name: 'Bengt Butiksson',
};
const driver = {
  email: 'chauffor@testbud.example.se',
  password: demoPassword,
  name: 'Tore Testbud',
};
const phone = { viewport: { width: 360, height: 740 } };

function db(): Database {
  database ??= createDatabase(environment.databaseUrl);
  return database;
}

async function post(page: Page, path: string, data: object, method: 'POST' | 'PUT' = 'POST') {
  const response = await page.request.fetch(path, {
    method,
    data,
    headers: { Origin: environment.baseUrl },
  });
  expect(response.status(), `${path}: ${await response.text()}`).toBeLessThan(300);
  return (await response.json()) as Record<string, unknown>;
}

/**
 * The set-up another module owns, written as rows: a zone, a carrier driving it every day for
 * the grocery, its driver (the demo password), and a household to deliver to.
 */
async function carrierSetUp(shopId: string) {
  const { knex } = db();
  const at = Date.now();
  const municipality = await knex('municipalities')
    .where({ slug: 'arjeplog' })
    .first<{ id: string }>('id');
  const zoneId = randomUUID();
  await knex('delivery_zones').insert({
    id: zoneId,
    municipality_id: municipality.id,
    name: 'Laisvall med omnejd',
    route_days: JSON.stringify([]),
    is_active: true,
    created_at: at,
    updated_at: at,
  });
  const carrierId = randomUUID();
  await knex('carriers').insert({
    id: carrierId,
    municipality_id: municipality.id,
    slug: 'testbud',
    name: 'Testbud AB',
    org_number: '556000-0001',
    is_active: true,
    created_at: at,
    updated_at: at,
  });
  await knex('carrier_zones').insert({
    carrier_id: carrierId,
    zone_id: zoneId,
    weekdays: JSON.stringify([1, 2, 3, 4, 5, 6, 7]),
  });
  await knex('shop_carriers').insert({ shop_id: shopId, carrier_id: carrierId });
  const { password_hash } = await knex('users')
    .where({ email: resident.email })
    .first<{ password_hash: string }>('password_hash');
  const userId = randomUUID();
  await knex('users').insert({
    id: userId,
    email: driver.email,
    name: driver.name,
    password_hash,
    locale: 'sv',
    created_at: at,
    updated_at: at,
  });
  await knex('role_assignments').insert({
    id: randomUUID(),
    user_id: userId,
    role: 'carrier',
    scope_type: 'carrier',
    scope_id: carrierId,
    created_at: at,
  });
  return { municipalityId: municipality.id, zoneId, carrierId };
}

/**
 * A resident's order of Knäckebröd råg from the grocery, accepted and packed, with its
 * delivery note as checkout opens it (written as the row, until checkout offers home delivery).
 */
async function orderForDelivery(
  residentPage: Page,
  grocerPage: Page,
  setUp: { municipalityId: string; zoneId: string },
  street: string,
) {
  const search = await residentPage.request.get(
    '/api/v1/municipalities/arjeplog/products?q=Knäckebröd',
  );
  const { items } = (await search.json()) as {
    items: { id: string; title: string; shop: { id: string } }[];
  };
  const product = items.find((item) => item.title === 'Knäckebröd råg');
  if (!product) throw new Error('the demo catalogue has no Knäckebröd råg');
  await post(residentPage, '/api/v1/basket/items', { productId: product.id, quantity: 1 });
  const created = (await post(residentPage, '/api/v1/checkout', {
    contact: { name: resident.name, email: resident.email },
    fulfilments: [{ shopId: product.shop.id, method: 'pickup_in_shop' }],
    payment: 'pay_at_pickup',
  })) as { checkout: { orders: { id: string; totalOre: number }[] } };
  const [order] = created.checkout.orders;
  if (!order) throw new Error('the checkout made no order');
  const { knex } = db();
  const at = Date.now();
  const householdId = randomUUID();
  await knex('households').insert({
    id: householdId,
    municipality_id: setUp.municipalityId,
    created_via: 'checkout',
    name: resident.name,
    street_address: street,
    postal_code: '93093',
    village: 'Laisvall',
    phone: '070-174 06 50',
    eligibility_status: 'none',
    address_changed_at: at,
    last_used_at: at,
    created_at: at,
    updated_at: at,
  });
  const total = await knex('shop_orders')
    .where({ id: order.id })
    .first<{ total_ore: number }>('total_ore');
  await knex('delivery_notes').insert({
    order_id: order.id,
    municipality_id: setUp.municipalityId,
    shop_id: product.shop.id,
    household_id: householdId,
    zone_id: setUp.zoneId,
    date: swedishDateOf(Date.now()),
    recipient_name: resident.name,
    street_address: street,
    postal_code: '93093',
    village: 'Laisvall',
    door_code: '1234',
    phone: '070-174 06 50',
    fee_ore: 2000,
    is_subsidised: false,
    cool_bags: 1,
    cool_bags_returned: 0,
    collect_ore: total.total_ore,
    created_at: at,
    updated_at: at,
  });
  for (const step of ['accept', 'pack'])
    await post(grocerPage, `/api/v1/shops/${product.shop.id}/orders/${order.id}/${step}`, {});
  return { orderId: order.id, shopId: product.shop.id };
}

test('the shop hands two deliveries to its carrier; the driver delivers one online and one offline, replayed once', async () => {
  const residentPage = await environment.newPage();
  await logIn(residentPage, resident);
  const grocerPage = await environment.newPage(phone);
  await logIn(grocerPage, grocer);
  const shop = await db()
    .knex('shops')
    .where({ name: 'Silvervägens Livs' })
    .first<{ id: string }>('id');
  const setUp = await carrierSetUp(shop.id);
  const first = await orderForDelivery(residentPage, grocerPage, setUp, 'Storvägen 1');
  const second = await orderForDelivery(residentPage, grocerPage, setUp, 'Storvägen 9');

  // The shop: its orders lead to the home deliveries; it chooses the carrier and hands over.
  await grocerPage.goto(`/konto/butiker/${shop.id}/bestallningar`);
  await grocerPage.getByRole('link', { name: /^Hemleveranser/ }).click();
  await heading(grocerPage, 'Hemleveranser').waitFor();
  await expectNoSeriousAccessibilityViolations(grocerPage);
  expect(await scrollsSideways(grocerPage)).toBe(false);
  for (const street of ['Storvägen 1', 'Storvägen 9']) {
    const card = grocerPage.getByRole('listitem').filter({ hasText: street });
    await card.getByLabel('Bud').selectOption({ label: 'Testbud AB' });
    await card.getByRole('button', { name: 'Spara bud' }).click();
    await card.getByRole('button', { name: 'Lämna till budet' }).click();
    await card.getByText('Lämnad till Testbud AB').waitFor();
  }
  await grocerPage.goto(`/konto/butiker/${shop.id}/hemleveranser/${first.orderId}/sedel`);
  await heading(grocerPage, 'Leveranssedel').waitFor();
  await grocerPage.getByText('Portkod').waitFor();
  await expectNoSeriousAccessibilityViolations(grocerPage);
  const pdf = await grocerPage.request.get(
    `/api/v1/shops/${shop.id}/deliveries/${first.orderId}/note.pdf?paper=a5`,
  );
  expect(pdf.headers()['content-type']).toBe('application/pdf');

  // The driver lands on the day's deliveries.
  const page = await environment.newPage(phone);
  const browser = page.context();
  await logIn(page, driver);
  await heading(page, 'Dagens körningar för Testbud AB').waitFor();
  const stop = (street: string) => page.getByRole('listitem').filter({ hasText: street });
  await stop('Storvägen 1').waitFor();
  await stop('Storvägen 9').waitFor();
  await expect(
    stop('Storvägen 1').getByRole('link', { name: /^Ring/ }).getAttribute('href'),
  ).resolves.toBe('tel:0701740650');
  await expectNoSeriousAccessibilityViolations(page);
  expect(await scrollsSideways(page)).toBe(false);

  await stop('Storvägen 1').getByRole('button', { name: 'Levererad' }).click();
  await stop('Storvägen 1').waitFor({ state: 'detached' });

  await browser.setOffline(true);
  await page.getByText('Ingen anslutning', { exact: false }).first().waitFor();
  await stop('Storvägen 9').getByRole('button', { name: 'Levererad' }).click();
  const queue = page.getByRole('region', { name: 'Väntar på att skickas' });
  await queue.getByText('väntar', { exact: true }).waitFor();
  await expectNoSeriousAccessibilityViolations(page);
  const { knex } = db();
  expect(await knex('delivery_commands').where({ target_id: second.orderId })).toHaveLength(0);

  await browser.setOffline(false);
  await queue.waitFor({ state: 'detached', timeout: 30_000 });
  for (const order of [first, second]) {
    const row = await knex('shop_orders')
      .where({ id: order.orderId })
      .first<{ status: string }>('status');
    expect(row.status).toBe('delivered');
    expect(
      await knex('order_status_events').where({ order_id: order.orderId, event: 'deliver' }),
    ).toHaveLength(1);
  }
  const note = await knex('delivery_notes')
    .where({ order_id: second.orderId })
    .first<{ collected_ore: number; collect_ore: number }>('collected_ore', 'collect_ore');
  expect(note.collected_ore).toBe(note.collect_ore);
  expect(
    await knex('outbox_messages').where({ to_address: resident.email, kind: 'delivery_delivered' }),
  ).toHaveLength(2);
});
