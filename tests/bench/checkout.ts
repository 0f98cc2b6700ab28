import os from 'node:os';
import pg from 'pg';
import fs from 'node:fs';
import path from 'node:path';
import { startTestServer } from '../e2e/support/test-server.ts';
import { measureCheckoutService } from './checkout-in-process.ts';

// `npm run bench:checkout`: checkouts per second through the real server (a child process
// with the demo data) on SQLite and on PostgreSQL: each one reads the basket, checks the way
// to receive the goods, takes stock with a conditional UPDATE, writes the checkout, its order,
// lines, status history and confirmation mail in one transaction, and empties the basket.
// SQLite runs as in production (WAL, synchronous=NORMAL: durable across a crash of the
// process, the last transactions may be lost on power loss); PostgreSQL with its defaults
// (synchronous_commit on: durable on commit).

const checkouts = Number(process.env.BENCH_CHECKOUTS ?? 2000);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 16);
const postgresAdminUrl =
  process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

type Client = { cookie: string };

async function call(
  baseUrl: string,
  client: Client,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      origin: baseUrl,
      'content-type': 'application/json',
      ...(client.cookie ? { cookie: client.cookie } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const setCookies = response.headers.getSetCookie();
  if (setCookies.length > 0)
    client.cookie = [
      ...new Map(
        [
          ...client.cookie.split('; ').filter(Boolean),
          ...setCookies.map((c) => c.split(';')[0] ?? ''),
        ]
          .filter(Boolean)
          .map((pair) => [pair.split('=')[0], pair]),
      ).values(),
    ].join('; ');
  const text = await response.text();
  return {
    status: response.status,
    json: text ? (JSON.parse(text) as Record<string, unknown>) : {},
  };
}

async function prepare(baseUrl: string) {
  const owner: Client = { cookie: '' };
  const login = await call(baseUrl, owner, 'POST', '/api/v1/auth/login', {
    email: 'butik@arjeplog.example.se',
    password: 'galleria-demo',
  });
  if (login.status !== 200) throw new Error(`login: ${login.status}`);
  const me = await call(baseUrl, owner, 'GET', '/api/v1/me');
  const roles = me.json.roles as { role: string; scope: { id: string } }[];
  const shopId = roles.find((role) => role.role === 'shop_owner')?.scope.id;
  if (!shopId) throw new Error('the demo grocer owns no shop');
  const product = await call(baseUrl, owner, 'POST', `/api/v1/shops/${shopId}/products`, {
    title: 'Benchmjölk',
    categoryId: 'cat-livsmedel',
    vatClass: 'food',
    status: 'published',
    priceOre: 1890,
    trackStock: true,
    stock: 1_000_000,
  });
  if (product.status !== 201) throw new Error(`product: ${product.status}`);
  const productId = (product.json.product as { id: string }).id;
  const guests: Client[] = [];
  for (let index = 0; index < checkouts; index++) {
    const guest: Client = { cookie: '' };
    const added = await call(baseUrl, guest, 'POST', '/api/v1/basket/items', {
      productId,
      quantity: 1 + (index % 3),
    });
    if (added.status !== 201) throw new Error(`basket: ${added.status}`);
    guests.push(guest);
  }
  return { shopId, productId, guests };
}

async function measure(baseUrl: string) {
  const { shopId, guests } = await prepare(baseUrl);
  const latencies: number[] = [];
  let failures = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < guests.length) {
        const guest = guests[next++];
        if (!guest) break;
        const before = performance.now();
        const response = await call(baseUrl, guest, 'POST', '/api/v1/checkout', {
          contact: { name: 'Bench Bänksson', email: 'bench@example.se' },
          fulfilments: [{ shopId, method: 'pickup_in_shop' }],
          payment: 'pay_at_pickup',
        });
        latencies.push(performance.now() - before);
        if (response.status !== 201) failures++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (fraction: number) =>
    Math.round(
      (latencies[Math.min(latencies.length - 1, Math.floor(fraction * latencies.length))] ?? 0) *
        100,
    ) / 100;
  return {
    checkouts: guests.length,
    failures,
    checkoutsPerSecond: Math.round(guests.length / seconds),
    p50Ms: at(0.5),
    p99Ms: at(0.99),
  };
}

async function onSqlite() {
  const server = await startTestServer({ LOG_LEVEL: 'silent' });
  try {
    return await measure(server.baseUrl);
  } finally {
    await server.stop();
  }
}

async function onPostgres() {
  const name = `bench_checkout_${process.pid}`;
  const admin = new pg.Client({ connectionString: postgresAdminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(postgresAdminUrl);
  url.pathname = `/${name}`;
  const server = await startTestServer({ LOG_LEVEL: 'silent', DATABASE_URL: url.toString() });
  try {
    return await measure(server.baseUrl);
  } finally {
    await server.stop();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

async function serviceOnSqlite() {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'e-galleria-bench-checkout-'));
  try {
    return await measureCheckoutService({
      databaseUrl: `sqlite:${path.join(directory, 'bench.sqlite')}`,
      checkouts,
      concurrency,
    });
  } finally {
    fs.rmSync(directory, { recursive: true, force: true });
  }
}

async function serviceOnPostgres() {
  const name = `bench_checkout_service_${process.pid}`;
  const admin = new pg.Client({ connectionString: postgresAdminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(postgresAdminUrl);
  url.pathname = `/${name}`;
  try {
    return await measureCheckoutService({ databaseUrl: url.toString(), checkouts, concurrency });
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

const service = {
  sqlite: await serviceOnSqlite(),
  postgres: await (process.env.BENCH_SQLITE_ONLY
    ? Promise.resolve(null)
    : serviceOnPostgres().catch((error: unknown) => ({ error: String(error) }))),
};
const sqlite = await onSqlite();
const postgres = await (process.env.BENCH_SQLITE_ONLY ? Promise.resolve(null) : onPostgres()).catch(
  (error: unknown) => ({ error: String(error) }),
);
console.log(
  JSON.stringify(
    {
      setup: {
        concurrency,
        cpus: os.cpus().length,
        durability: { sqlite: 'WAL, synchronous=NORMAL', postgres: 'synchronous_commit=on' },
      },
      // The checkout service in this process, without HTTP: the database work alone.
      service,
      // Through HTTP to the real server, the load generator on the same two cores.
      http: { sqlite, postgres },
      targets: {
        sqliteAtLeast500PerSecond: {
          service: service.sqlite.checkoutsPerSecond,
          http: sqlite.checkoutsPerSecond,
          pass: service.sqlite.checkoutsPerSecond >= 500 && service.sqlite.failures === 0,
        },
      },
    },
    null,
    2,
  ),
);
