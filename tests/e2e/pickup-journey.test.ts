import { afterAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { createDatabase, type Database } from '../../server/src/db/database.ts';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility.ts';
import { useE2eEnvironment } from './support/e2e-environment.ts';
import { demoGrocer, demoPassword, heading, logIn, logOut } from './support/flows.ts';
import { addToBasket, openShopOrders } from './support/shopping.ts';

// DESIGN §4, the whole card: two shops, one service point, one code, one handover.

const environment = useE2eEnvironment();
let database: Database | undefined;
afterAll(() => database?.close());

const resident = {
  email: 'boende@arjeplog.example.se',
  password: demoPassword,
  name: 'Britt Bymark',
};
const shops = [
  {
    owner: demoGrocer,
    slug: 'silvervagens-livs',
    name: 'Silvervägens Livs',
    good: 'Knäckebröd råg',
  },
  {
    owner: { email: 'bageri@arjeplog.example.se', password: demoPassword, name: 'Maj Mjölnare' },
    slug: 'slagnas-bageri',
    name: 'Slagnäs Bageri',
    good: 'Tunnbröd',
  },
];
/** The operator works the counter on a phone; the history says so. */
const phoneUserAgent =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36';
const operator = {
  email: 'ombud@laisvall.example.se',
  password: demoPassword,
  name: 'Lisa Laisvik',
};

function db(): Database {
  database ??= createDatabase(environment.databaseUrl);
  return database;
}

/**
 * The bakery delivers to Laisvall on the grocery's days, so both parcels reach it the same
 * day whatever weekday the test runs: its owner saves the grocery's schedule as its own.
 */
async function deliverOnTheGrocerysDays(page: Page) {
  const { knex } = db();
  const [grocery, bakery] = await Promise.all(
    shops.map((shop) => knex('shops').where({ slug: shop.slug }).first<{ id: string }>('id')),
  );
  const laisvall = await knex('service_points')
    .where({ slug: 'laisvall-byhandel' })
    .first<{ id: string }>('id');
  const schedule = await knex('pickup_schedules')
    .where({ shop_id: grocery?.id, service_point_id: laisvall.id })
    .first<{ deliveries: string }>('deliveries');
  const response = await page.request.put(`/api/v1/shops/${bakery?.id ?? ''}/fulfilment`, {
    data: {
      pickupInShop: { enabled: true, preparationMinutes: 60 },
      servicePoints: [
        { servicePointId: laisvall.id, deliveries: JSON.parse(schedule.deliveries) as unknown },
      ],
    },
    headers: { Origin: environment.baseUrl },
  });
  expect(response.status(), await response.text()).toBe(200);
}

test('a resident orders from two shops to Laisvall, both shops pack and hand over, the operator checks in and hands both over with one code, and the timeline says collected', async () => {
  const bakeryPage = await environment.newPage();
  await logIn(bakeryPage, shops[1]?.owner ?? resident);
  await deliverOnTheGrocerysDays(bakeryPage);
  await logOut(bakeryPage, shops[1]?.owner.name ?? '');

  // The resident fills one basket from both shops and chooses Laisvall for both.
  const page = await environment.newPage({ viewport: { width: 390, height: 844 } });
  await logIn(page, resident);
  for (const shop of shops) await addToBasket(page, shop.good);
  await page.goto('/kassa');
  await heading(page, 'Kassa').waitFor();
  for (const shop of shops)
    await page
      .getByRole('group', { name: `Så får du varorna från ${shop.name}` })
      .getByRole('radio', { name: /^Laisvall Byhandel/ })
      .check();
  await page.getByRole('button', { name: 'Beställ' }).click();
  await heading(page, 'Din beställning').waitFor();
  const confirmation = new URL(page.url()).pathname;
  const codes = await page.locator('.pickup-code').allTextContents();
  expect(codes).toHaveLength(2);
  expect(codes[0]).toMatch(/^\d{6}$/);
  expect(codes[1]).toBe(codes[0]);
  // The code as a QR too, to show at the counter.
  await page
    .getByRole('img', { name: `QR-kod för hämtkoden ${codes[0] ?? ''}` })
    .first()
    .waitFor();

  // Each shop accepts, packs, prints the label and hands its parcel to Laisvall.
  const parcelCodes: string[] = [];
  for (const shop of shops) {
    const ownerPage = await environment.newPage();
    await logIn(ownerPage, shop.owner);
    await openShopOrders(ownerPage, shop.owner.name, shop.name);
    const order = ownerPage
      .locator('.order-list > li')
      .filter({ has: ownerPage.getByRole('rowheader', { name: new RegExp(`^${shop.good}`) }) });
    await order.getByRole('button', { name: /^Acceptera/ }).click();
    await order.getByRole('button', { name: /^Packad/ }).click();
    await order.getByText('Packad', { exact: true }).waitFor();
    // The shop's history says from where each step came, with the network it came from.
    await order.getByText('Historik').click();
    await order
      .getByText(
        new RegExp(
          `^Accepterad · .+ · ${shop.owner.name} · butikens sidor, dator · IP-nät 127\\.0\\.0\\.0$`,
        ),
      )
      .waitFor();
    await order.getByText(/^Ny · .+ · webbutiken, dator · IP-nät 127\.0\.0\.0$/).waitFor();
    const parcelCode = (await order.locator('.parcel-code').textContent()) ?? '';
    parcelCodes.push(parcelCode);
    await order.getByRole('link', { name: /^Skriv ut etikett/ }).click();
    await heading(ownerPage, 'Paketetikett').waitFor();
    await ownerPage.getByRole('img', { name: `QR-kod för paketkoden ${parcelCode}` }).waitFor();
    await ownerPage.getByRole('link', { name: 'Tillbaka till beställningarna' }).click();
    const group = ownerPage.getByRole('region', { name: /^Laisvall Byhandel – / });
    await group.getByRole('button', { name: /^Lämna paketet till Laisvall Byhandel/ }).click();
    await ownerPage.getByRole('status').filter({ hasText: 'Paketet är på väg' }).waitFor();
    await logOut(ownerPage, shop.owner.name);
  }

  // The operator, on a phone behind the counter, checks both parcels in.
  const counter = await environment.newPage({
    viewport: { width: 390, height: 844 },
    userAgent: phoneUserAgent,
  });
  await logIn(counter, operator);
  await counter.goto('/konto');
  await counter.getByRole('link', { name: /^Öppna disken/ }).click();
  await heading(counter, 'Disken – Laisvall Byhandel').waitFor();
  for (const parcelCode of parcelCodes) {
    await counter.getByLabel('Paketkod', { exact: true }).fill(parcelCode);
    await counter.getByRole('button', { name: 'Checka in' }).click();
    await counter
      .getByRole('status')
      .filter({ hasText: `Incheckat: ${parcelCode}.` })
      .waitFor();
  }
  await expectNoSeriousAccessibilityViolations(counter);

  // One ready notice, with the one code.
  const notices = await db()
    .knex('outbox_messages')
    .where({ to_address: resident.email, kind: 'pickup_ready' })
    .pluck<string[]>('text_body');
  expect(notices).toHaveLength(1);
  expect(notices[0]).toContain(`Din hämtkod: ${codes[0] ?? ''}`);

  // The resident shows the code; the operator hands both parcels over and takes the payment.
  await counter.getByLabel('Hämtkod', { exact: true }).fill(codes[0] ?? '');
  await counter.getByRole('button', { name: 'Visa utlämningen' }).click();
  await counter.getByRole('heading', { name: `Till ${resident.name}` }).waitFor();
  for (const shop of shops) await counter.getByText(shop.name).first().waitFor();
  await counter.getByText('Att betala vid disken:').waitFor();
  await counter.getByRole('button', { name: 'Lämna ut 2 paket' }).click();
  await counter
    .getByRole('status')
    .filter({ hasText: `Utlämnat till ${resident.name}.` })
    .first()
    .waitFor();

  await page.goto(confirmation);
  await heading(page, 'Din beställning').waitFor();
  for (const shop of shops)
    await page
      .getByRole('region', { name: shop.name })
      .getByRole('list', { name: 'Så här långt har beställningen kommit' })
      .getByText('Hämtad', { exact: true })
      .waitFor();
  await expectNoSeriousAccessibilityViolations(page);

  // The municipality follows it too: every step, by whom, without the resident's contact.
  const admin = await environment.newPage();
  await logIn(admin, {
    email: 'kommun@arjeplog.example.se',
    password: demoPassword,
    name: 'Kerstin Kommunberg',
  });
  await admin.goto('/admin/kommun/arjeplog');
  await admin.getByRole('link', { name: 'Beställningar i gallerian' }).click();
  await heading(admin, 'Beställningar i gallerian').waitFor();
  await admin.getByLabel('Status', { exact: true }).selectOption('collected');
  await admin.getByRole('button', { name: 'Visa beställningar' }).click();
  for (const shop of shops) {
    const order = admin.locator('.order-list > li').filter({ hasText: shop.good });
    await order.getByText('Historik').click();
    await order.getByText(`Lisa Laisvik`).first().waitFor();
    // From where, without the network: that stays with the shop.
    await order.getByText(/^Hämtad · .+ · Lisa Laisvik · ombudets disk, mobil$/).waitFor();
    await order.getByText(/^Accepterad · .+ · butikens sidor, dator$/).waitFor();
    expect(await order.getByText(/IP-nät/).count()).toBe(0);
  }
  expect(await admin.getByText(resident.email).count()).toBe(0);
  await expectNoSeriousAccessibilityViolations(admin);
});
