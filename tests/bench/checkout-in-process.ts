import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { createApp } from '../../server/src/app.ts';
import { loadConfig } from '../../server/src/config.ts';
import { createDatabase } from '../../server/src/db/database.ts';
import { migrateToLatest } from '../../server/src/db/migrate.ts';
import { createLocalFileStorage } from '../../server/src/integrations/file-storage.ts';
import { createPasswordHasher } from '../../server/src/integrations/password-hasher.ts';
import { seedDemoRegion } from '../../server/src/seed/demo-region.ts';
import { countMachineCpu } from './machine-cpu.ts';
import { defaultMix, mixCheckoutBody, runConcurrently, seedCheckoutMix } from './checkout-mix.ts';

/**
 * The checkout service itself, without HTTP: what the database work of a checkout (basket and
 * fulfilment reads, stock taken with a conditional UPDATE, checkout, order, lines, history
 * and mail written in one transaction) allows per second, with `concurrency` at once.
 */
export async function measureCheckoutService(options: {
  databaseUrl: string;
  checkouts: number;
  concurrency: number;
}) {
  const database = createDatabase(options.databaseUrl);
  await migrateToLatest(database.knex);
  await seedDemoRegion(database.knex, createPasswordHasher());
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: options.databaseUrl });
  const uploads = fs.mkdtempSync(path.join(os.tmpdir(), 'e-galleria-bench-uploads-'));
  const { services } = createApp({
    config,
    database,
    logger: pino({ level: 'silent' }),
    hasher: createPasswordHasher(),
    files: createLocalFileStorage(uploads),
    mailTransport: null,
    paymentGateway: null,
    clientDir: null,
  });
  try {
    const shop = await database
      .knex('shops')
      .where({ slug: 'silvervagens-livs' })
      .first<{ id: string }>('id');
    const variant = await database
      .knex('product_variants as v')
      .join('products as p', 'p.id', 'v.product_id')
      .where({ 'p.shop_id': shop.id, 'p.status': 'published', 'p.kind': 'good' })
      .first<{ id: string; product_id: string }>('v.id', 'v.product_id');
    await database
      .knex('products')
      .where({ id: variant.product_id })
      .update({ track_stock: true, is_in_stock: true });
    await database.knex('product_variants').where({ id: variant.id }).update({ stock: 10_000_000 });

    const baskets = services.basket;
    const { checkout } = services.orders;
    const guests: string[] = [];
    for (let index = 0; index < options.checkouts; index++) {
      const added = await baskets.addItem(
        { userId: null, guestToken: null },
        { productId: variant.product_id, variantId: variant.id, quantity: 1 + (index % 3) },
      );
      if (typeof added.guestCookie !== 'object') throw new Error('no guest basket');
      guests.push(added.guestCookie.set);
    }
    let next = 0;
    let failures = 0;
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const mainThreadBefore = process.threadCpuUsage();
    await Promise.all(
      Array.from({ length: options.concurrency }, async () => {
        while (next < guests.length) {
          const guestToken = guests[next++] ?? null;
          await checkout
            .checkout({
              actor: null,
              guestToken,
              idempotencyKey: null,
              origin: { requestId: 'bench', channel: 'storefront', ip: null, device: null },
              body: {
                contact: { name: 'Bench Bänksson', email: 'bench@example.se' },
                fulfilments: [{ shopId: shop.id, method: 'pickup_in_shop' }],
                payment: 'pay_at_pickup',
              },
            })
            .catch(() => (failures += 1));
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const mainThread = process.threadCpuUsage(mainThreadBefore);
    return {
      checkouts: guests.length,
      failures,
      checkoutsPerSecond: Math.round(guests.length / seconds),
      // Main thread and SQLite's worker threads together: what one checkout costs the machine,
      // less sensitive than the rate to whatever else the two cores are doing.
      cpuMsPerCheckout: Math.round(((cpu.user + cpu.system) / 1000 / guests.length) * 1000) / 1000,
      // The JavaScript thread alone: when it is near 1000 / checkoutsPerSecond, JavaScript is
      // the limit; when well below, the one writer's round trips are.
      mainThreadCpuMsPerCheckout:
        Math.round(((mainThread.user + mainThread.system) / 1000 / guests.length) * 1000) / 1000,
    };
  } finally {
    await database.close();
    fs.rmSync(uploads, { recursive: true, force: true });
  }
}

/**
 * The realistic mix through the checkout service, without HTTP: `checkouts` guest baskets of
 * 1–6 goods from 1–3 shops out of `defaultMix.goods`, seeded in bulk, checked out with
 * `concurrency` at once.
 */
export async function measureCheckoutMixService(options: {
  databaseUrl: string;
  checkouts: number;
  concurrency: number;
}) {
  const database = createDatabase(options.databaseUrl);
  await migrateToLatest(database.knex);
  await seedDemoRegion(database.knex, createPasswordHasher());
  const seedStarted = performance.now();
  const baskets = await seedCheckoutMix(database.knex, {
    ...defaultMix,
    baskets: options.checkouts,
    now: Date.now(),
  });
  const secondsToSeed = Math.round((performance.now() - seedStarted) / 100) / 10;
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: options.databaseUrl });
  const uploads = fs.mkdtempSync(path.join(os.tmpdir(), 'e-galleria-bench-uploads-'));
  const { services } = createApp({
    config,
    database,
    logger: pino({ level: 'silent' }),
    hasher: createPasswordHasher(),
    files: createLocalFileStorage(uploads),
    mailTransport: null,
    paymentGateway: null,
    clientDir: null,
  });
  try {
    const { checkout } = services.orders;
    // Statements sent per checkout (round trips on PostgreSQL; BEGIN and COMMIT included),
    // on the writer and, on SQLite, the read-only connections beside it (the same pool on
    // PostgreSQL): every one is a trip through the driver, a thread pool's or the network's.
    let statements = 0;
    const kinds = new Map<string, number>();
    const count = (query: { sql?: string }) => {
      statements++;
      if (process.env.BENCH_SHOW_STATEMENTS) {
        const sql = (query.sql ?? '').replace(/\s+/g, ' ').slice(0, 90);
        kinds.set(sql, (kinds.get(sql) ?? 0) + 1);
      }
    };
    const pools =
      database.reader === database.knex ? [database.knex] : [database.knex, database.reader];
    for (const pool of pools) pool.on('query', count);
    const cpuBefore = process.cpuUsage();
    const machineCpu = countMachineCpu();
    const figures = await runConcurrently(baskets, options.concurrency, async (basket) => {
      await checkout.checkout({
        actor: null,
        guestToken: basket.guestToken,
        idempotencyKey: null,
        origin: { requestId: 'bench', channel: 'storefront', ip: null, device: null },
        body: mixCheckoutBody(basket),
      });
      return true;
    });
    const cpu = process.cpuUsage(cpuBefore);
    const { databaseCpuMsPerUnit, machineIdleShare } = machineCpu(baskets.length);
    for (const pool of pools) pool.off('query', count);
    if (process.env.BENCH_SHOW_STATEMENTS)
      console.error(
        [...kinds]
          .sort((a, b) => b[1] - a[1])
          .map(([sql, n]) => `${n}\t${sql}`)
          .join('\n'),
      );
    return {
      ...figures,
      statementsPerCheckout: Math.round((statements / baskets.length) * 10) / 10,
      goods: defaultMix.goods,
      shops: defaultMix.shops,
      secondsToSeed,
      cpuMsPerCheckout: Math.round(((cpu.user + cpu.system) / 1000 / baskets.length) * 1000) / 1000,
      // PostgreSQL's own CPU per checkout when it runs on this machine (null on SQLite's runs,
      // where it is 0 but for the machine's other users), and the machine's idle share: with
      // both cores busy the sum of the two CPUs per checkout bounds the rate.
      databaseCpuMsPerCheckout: database.dialect === 'postgres' ? databaseCpuMsPerUnit : null,
      machineIdleShare,
    };
  } finally {
    await database.close();
    fs.rmSync(uploads, { recursive: true, force: true });
  }
}
