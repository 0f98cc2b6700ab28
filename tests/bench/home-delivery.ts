import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { pino } from 'pino';
import { addDays, swedishDateOf } from '../../shared/src/calendar-dates.ts';
import { createApp } from '../../server/src/app.ts';
import { loadConfig } from '../../server/src/config.ts';
import { createDatabase, type Database } from '../../server/src/db/database.ts';
import { newId } from '../../server/src/db/ids.ts';
import { migrateToLatest } from '../../server/src/db/migrate.ts';
import { createDeliveriesRepository } from '../../server/src/modules/deliveries/deliveries.repository.ts';
import { createLocalFileStorage } from '../../server/src/integrations/file-storage.ts';
import { createPasswordHasher } from '../../server/src/integrations/password-hasher.ts';
import { seedDemoRegion } from '../../server/src/seed/demo-region.ts';

// `npm run bench:home-delivery`: the carrier's day list and a shop's delivery note over HTTP,
// for a municipality doing 10 000 home deliveries a year with five years of history (50 000
// notes, each with its order), on SQLite and — with BENCH_DATABASE_URL=postgres://… — on
// PostgreSQL. The bar: p95 under 20 ms on SQLite.

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const perYear = 10_000;
const years = 5;
const todaysStops = 40;
/** Households that get deliveries: about one a week each over the years. */
const householdCount = 200;
/** Two drivers' phones at once: the latency one person sees, not a queue's. */
const connections = 2;

type Figures = { requestsPerSecond: number; p50Ms: number; p95Ms: number; non2xx: number };

function percentile(sorted: readonly number[], fraction: number): number {
  const value = sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? 0;
  return Math.round(value * 100) / 100;
}

async function measure(url: string, cookie: string): Promise<Figures> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url, connections, duration: seconds, headers: { cookie } },
      (error, finished) => {
        if (error) reject(error instanceof Error ? error : new Error(String(error)));
        else resolve(finished);
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) =>
      latencies.push(responseTime),
    );
  });
  latencies.sort((a, b) => a - b);
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: percentile(latencies, 0.5),
    p95Ms: percentile(latencies, 0.95),
    non2xx: result.non2xx,
  };
}

/** Five years of delivered home deliveries and today's stops, written in batches. */
async function insertHistory(database: Database, today: string) {
  const { knex } = database;
  const municipality = await knex('municipalities')
    .where({ slug: 'arjeplog' })
    .first<{ id: string }>('id');
  const shop = await knex('shops').where({ slug: 'silvervagens-livs' }).first<{ id: string }>('id');
  const households: string[] = [];
  for (let index = 0; index < householdCount; index++) {
    const id = newId();
    households.push(id);
    await knex('households').insert({
      id,
      municipality_id: municipality.id,
      created_via: 'shop',
      name: `Hushåll ${index}`,
      street_address: `Byvägen ${index}`,
      postal_code: '93093',
      village: 'Laisvall',
      phone: '070-000 00 00',
      eligibility_status: 'approved',
      address_changed_at: 0,
      last_used_at: 0,
      created_at: 0,
      updated_at: 0,
    });
  }
  const driven = await knex('carrier_zones as cz')
    .join('carriers as c', 'c.id', 'cz.carrier_id')
    .select<{ carrier_id: string; zone_id: string; slug: string }[]>(
      'cz.carrier_id',
      'cz.zone_id',
      'c.slug',
    );
  const bussgods = driven.find((row) => row.slug.startsWith('bussgods'));
  if (!bussgods) throw new Error('the demo has no Bussgods');
  const total = perYear * years + todaysStops;
  const batch = 500;
  let noteOrderId = '';
  for (let start = 0; start < total; start += batch) {
    const checkouts: object[] = [];
    const orders: object[] = [];
    const notes: object[] = [];
    for (let index = start; index < Math.min(total, start + batch); index++) {
      const isToday = index >= perYear * years;
      const date = isToday ? today : addDays(today, -1 - Math.floor(index / (perYear / 365)));
      const route = isToday ? bussgods : driven[index % driven.length];
      if (!route) throw new Error('no carrier zones');
      const at = Date.parse(`${date}T08:00:00Z`);
      const checkoutId = newId();
      const orderId = newId();
      noteOrderId = orderId;
      checkouts.push({
        id: checkoutId,
        contact_name: `Hushåll ${index}`,
        contact_email: `hushall-${index}@example.se`,
        locale: 'sv',
        payment_method: 'pay_at_pickup',
        status: 'confirmed',
        total_ore: 25_000,
        created_at: at,
        updated_at: at,
      });
      orders.push({
        id: orderId,
        checkout_id: checkoutId,
        shop_id: shop.id,
        status: isToday ? 'out_for_delivery' : 'delivered',
        fulfilment_method: 'home_delivery',
        pickup_date: date,
        parcel_code: `B${String(index).padStart(7, '0')}`,
        total_ore: 25_000,
        created_at: at,
        updated_at: at,
      });
      notes.push({
        order_id: orderId,
        municipality_id: municipality.id,
        shop_id: shop.id,
        household_id: households[index % households.length],
        zone_id: route.zone_id,
        date,
        carrier_id: route.carrier_id,
        recipient_name: `Hushåll ${index}`,
        street_address: `Byvägen ${index % 90}`,
        postal_code: '93093',
        village: 'Laisvall',
        phone: '070-000 00 00',
        fee_ore: 2000,
        is_subsidised: true,
        cool_bags: index % 3 === 0 ? 1 : 0,
        cool_bags_returned: isToday ? 0 : index % 3 === 0 ? 1 : 0,
        collect_ore: 25_000,
        collected_ore: isToday ? null : 25_000,
        outcome: isToday ? null : 'delivered',
        assigned_at: at,
        handed_at: at,
        delivered_at: isToday ? null : at + 3_600_000,
        created_at: at,
        updated_at: at,
      });
    }
    await database.transaction(async (trx) => {
      await trx('checkouts').insert(checkouts);
      await trx('shop_orders').insert(orders);
      await trx('delivery_notes').insert(notes);
    });
  }
  // Written in bulk, not delivered one by one: the running totals as the migration fills them.
  await createDeliveriesRepository(knex).rebuildCoolBagsOut();
  return { shopId: shop.id, carrierSlug: bussgods.slug, noteOrderId };
}

async function run(databaseUrl: string, label: string) {
  const database = createDatabase(databaseUrl);
  await migrateToLatest(database.knex);
  await seedDemoRegion(database.knex, createPasswordHasher());
  const today = swedishDateOf(Date.now());
  const seeded = performance.now();
  const { shopId, carrierSlug, noteOrderId } = await insertHistory(database, today);
  console.log(
    `${label}: ${perYear * years} past notes written in ${Math.round(performance.now() - seeded)} ms`,
  );
  const uploads = fs.mkdtempSync(path.join(os.tmpdir(), 'e-galleria-bench-uploads-'));
  const server = await new Promise<{ url: string; close: () => void }>((resolve) => {
    const probe = createApp({
      config: loadConfig({
        NODE_ENV: 'test',
        DATABASE_URL: databaseUrl,
        PUBLIC_URL: 'http://127.0.0.1',
      }),
      database,
      logger: pino({ level: 'silent' }),
      hasher: createPasswordHasher(),
      files: createLocalFileStorage(uploads),
      mailTransport: null,
      paymentGateway: null,
      clientDir: null,
    });
    const listening = probe.app.listen(0, '127.0.0.1', () => {
      const { port } = listening.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}`, close: () => listening.close() });
    });
  });
  const cookieOf = async (email: string) => {
    const response = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://127.0.0.1' },
      body: JSON.stringify({ email, password: 'galleria-demo' }),
    });
    if (!response.ok)
      throw new Error(`login ${email}: ${response.status} ${await response.text()}`);
    return response.headers
      .getSetCookie()
      .map((cookie) => cookie.split(';')[0])
      .join('; ');
  };
  const driver = await cookieOf('bud@arjeplog.example.se');
  const grocer = await cookieOf('butik@arjeplog.example.se');
  const day = await fetch(`${server.url}/api/v1/carriers/${carrierSlug}/deliveries`, {
    headers: { cookie: driver },
  });
  const stops = ((await day.json()) as { deliveries: unknown[] }).deliveries.length;
  const figures = {
    carrierDay: await measure(`${server.url}/api/v1/carriers/${carrierSlug}/deliveries`, driver),
    shopList: await measure(`${server.url}/api/v1/shops/${shopId}/deliveries`, grocer),
    shopNote: await measure(
      `${server.url}/api/v1/shops/${shopId}/deliveries/${noteOrderId}/note`,
      grocer,
    ),
  };
  await new Promise((resolve) => setTimeout(resolve, 200));
  server.close();
  await database.close();
  console.log(`${label}: the carrier's day has ${stops} stops`);
  console.table(figures);
  return figures;
}

const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'e-galleria-bench-'));
try {
  const sqlite = await run(`sqlite:${path.join(directory, 'home-delivery.sqlite')}`, 'SQLite');
  const slowest = Math.max(sqlite.carrierDay.p95Ms, sqlite.shopList.p95Ms, sqlite.shopNote.p95Ms);
  console.log(`SQLite p95 ${slowest} ms: ${slowest < 20 ? 'under' : 'OVER'} the 20 ms bar`);
  if (process.env.BENCH_DATABASE_URL) await run(process.env.BENCH_DATABASE_URL, 'PostgreSQL');
} finally {
  fs.rmSync(directory, { recursive: true, force: true });
}
