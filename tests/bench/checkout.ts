import os from 'node:os';
import fs from 'node:fs';
import path from 'node:path';
import { startTestServer } from '../e2e/support/test-server.ts';
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { measureCheckoutMixService, measureCheckoutService } from './checkout-in-process.ts';
import { startCluster } from '../cluster/support/cluster.ts';
import { createClusterDatabase } from '../cluster/support/cluster-database.ts';
import { defaultMix, measureMixOverHttp, seedCheckoutMix } from './checkout-mix.ts';
import { createDatabase } from '../../server/src/db/database.ts';
import { withScratchPostgres } from './scratch-postgres.ts';

// `npm run bench:checkout`: checkouts per second through the real server (a child process
// with the demo data) on SQLite and on PostgreSQL: each one reads the basket, checks the way
// to receive the goods, takes stock with a conditional UPDATE, writes the checkout, its order,
// lines, status history and confirmation mail in one transaction, and empties the basket.
// SQLite runs as in production (WAL, synchronous=NORMAL: durable across a crash of the
// process, the last transactions may be lost on power loss); PostgreSQL with its defaults
// (synchronous_commit on: durable on commit).
//
// Two workloads, side by side: the hot item (every checkout buys the same product, so each
// waits for the previous one's commit on its stock row) and the realistic mix (checkout-mix.ts:
// 1–6 different goods from 1–3 shops out of thousands). With the mix, `pgbench`'s default
// TPC-B-like run on the same PostgreSQL, in the same run, is printed as the ceiling.
// `-- --only hot` or `-- --only mix` runs one of them (the default runs both); `-- --in-process`
// leaves out the runs over HTTP (the checkout service alone, and the pgbench ceiling).

const checkouts = Number(process.env.BENCH_CHECKOUTS ?? 2000);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 16);

const only = (() => {
  const index = process.argv.indexOf('--only');
  const value = index >= 0 ? process.argv[index + 1] : undefined;
  if (value !== undefined && value !== 'hot' && value !== 'mix')
    throw new Error('--only takes hot or mix');
  return value ?? null;
})();
const inProcessOnly = process.argv.includes('--in-process');
const notRun = { skipped: '--in-process' } as const;
const mixCheckouts = Number(process.env.BENCH_MIX_CHECKOUTS ?? 2000);
const pgbenchSeconds = Number(process.env.BENCH_PGBENCH_SECONDS ?? 10);

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
  return withScratchPostgres('bench_checkout', async (databaseUrl) => {
    const server = await startTestServer({ LOG_LEVEL: 'silent', DATABASE_URL: databaseUrl });
    try {
      return await measure(server.baseUrl);
    } finally {
      await server.stop();
    }
  });
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
  return withScratchPostgres('bench_checkout_service', (databaseUrl) =>
    measureCheckoutService({ databaseUrl, checkouts, concurrency }),
  );
}

async function mixServiceOnSqlite() {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'e-galleria-bench-mix-'));
  try {
    return await measureCheckoutMixService({
      databaseUrl: `sqlite:${path.join(directory, 'bench.sqlite')}`,
      checkouts: mixCheckouts,
      concurrency,
    });
  } finally {
    fs.rmSync(directory, { recursive: true, force: true });
  }
}

async function mixServiceOnPostgres() {
  return withScratchPostgres('bench_checkout_mix_service', (databaseUrl) =>
    measureCheckoutMixService({ databaseUrl, checkouts: mixCheckouts, concurrency }),
  );
}

/** The mix over HTTP to one real server: seeded in bulk beside it (it has seeded the demo). */
async function mixOverHttp(extraEnv: Record<string, string>) {
  const server = await startTestServer({ LOG_LEVEL: 'silent', ...extraEnv });
  const database = createDatabase(extraEnv.DATABASE_URL ?? server.databaseUrl);
  try {
    const baskets = await seedCheckoutMix(database.knex, {
      ...defaultMix,
      baskets: mixCheckouts,
      now: Date.now(),
    });
    await database.close();
    return await measureMixOverHttp([server.baseUrl], baskets, concurrency);
  } finally {
    await database.close().catch(() => undefined);
    await server.stop();
  }
}

/**
 * The mix over HTTP to three real app servers on one PostgreSQL behind the round-robin proxy
 * of `npm run test:cluster` (tests/cluster/support): what a second and third machine add.
 */
async function mixOnThreeInstances() {
  const scratch = await createClusterDatabase();
  const database = createDatabase(scratch.url);
  try {
    const baskets = await seedCheckoutMix(database.knex, {
      ...defaultMix,
      baskets: mixCheckouts,
      now: Date.now(),
    });
    await database.close();
    const cluster = await startCluster({ databaseUrl: scratch.url, instances: 3 });
    try {
      return await measureMixOverHttp([cluster.url], baskets, concurrency);
    } finally {
      await cluster.stop();
    }
  } finally {
    await database.close().catch(() => undefined);
    await scratch.drop();
  }
}

function pgbenchBinary(): string {
  for (const candidate of [
    'pgbench',
    ...['17', '16', '15', '14'].map((v) => `/usr/lib/postgresql/${v}/bin/pgbench`),
  ])
    try {
      execFileSync(candidate, ['--version'], { stdio: 'ignore' });
      return candidate;
    } catch {
      // Not this one.
    }
  throw new Error('pgbench not found');
}

/**
 * `pgbench`'s default (TPC-B-like) transactions per second on the same server, scale 10, with
 * the bench's concurrency as clients on 2 threads: the ceiling a write-heavy transaction of a
 * few statements reaches on this PostgreSQL and these cores.
 */
async function pgbenchCeiling() {
  return withScratchPostgres('bench_pgbench', async (url) => {
    const binary = pgbenchBinary();
    const run = promisify(execFile);
    await run(binary, ['-i', '-s', '10', '-q', url]);
    const { stdout: output } = await run(binary, [
      '-c',
      String(concurrency),
      '-j',
      '2',
      '-T',
      String(pgbenchSeconds),
      url,
    ]);
    const tps = /tps = ([\d.]+)/.exec(output)?.[1];
    const latency = /latency average = ([\d.]+) ms/.exec(output)?.[1];
    return {
      transactionsPerSecond: tps ? Math.round(Number(tps)) : null,
      latencyAverageMs: latency ? Number(latency) : null,
      clients: concurrency,
      seconds: pgbenchSeconds,
      scale: 10,
    };
  });
}

const withPostgres = !process.env.BENCH_SQLITE_ONLY;
const skipped = { skipped: true } as const;
function failed(error: unknown) {
  return { error: String(error) };
}

const hot =
  only === 'mix'
    ? null
    : {
        service: {
          sqlite: await serviceOnSqlite(),
          postgres: withPostgres ? await serviceOnPostgres().catch(failed) : null,
        },
        http: inProcessOnly
          ? { sqlite: notRun, postgres: notRun }
          : {
              sqlite: await onSqlite(),
              postgres: withPostgres ? await onPostgres().catch(failed) : null,
            },
      };

const mix =
  only === 'hot'
    ? null
    : {
        shops: defaultMix.shops,
        goods: defaultMix.goods,
        checkouts: mixCheckouts,
        service: {
          sqlite: await mixServiceOnSqlite(),
          postgres: withPostgres ? await mixServiceOnPostgres().catch(failed) : skipped,
        },
        http: inProcessOnly
          ? { sqlite: notRun, postgres: notRun, postgresThreeInstances: notRun }
          : {
              sqlite: await mixOverHttp({}).catch(failed),
              postgres: withPostgres
                ? await withScratchPostgres('bench_checkout_mix_http', (url) =>
                    mixOverHttp({ DATABASE_URL: url }),
                  ).catch(failed)
                : skipped,
              postgresThreeInstances: withPostgres
                ? await mixOnThreeInstances().catch(failed)
                : skipped,
            },
        pgbenchCeiling: withPostgres ? await pgbenchCeiling().catch(failed) : skipped,
      };

function rate(figures: unknown): number | null {
  return figures && typeof figures === 'object' && 'checkoutsPerSecond' in figures
    ? Number(figures.checkoutsPerSecond)
    : null;
}

function statementsOf(figures: unknown): number | null {
  return figures && typeof figures === 'object' && 'statementsPerCheckout' in figures
    ? Number(figures.statementsPerCheckout)
    : null;
}

console.log(
  JSON.stringify(
    {
      setup: {
        concurrency,
        cpus: os.cpus().length,
        durability: { sqlite: 'WAL, synchronous=NORMAL', postgres: 'synchronous_commit=on' },
      },
      // The hot item, as before: the checkout service in this process, without HTTP (the
      // database work alone), and through HTTP to the real server, the load generator on the
      // same two cores.
      ...(hot ? { service: hot.service, http: hot.http } : {}),
      ...(mix ? { mix } : {}),
      targets: {
        ...(hot
          ? {
              sqliteAtLeast500PerSecond: {
                service: hot.service.sqlite.checkoutsPerSecond,
                http: rate(hot.http.sqlite),
                pass:
                  hot.service.sqlite.checkoutsPerSecond >= 500 && hot.service.sqlite.failures === 0,
              },
            }
          : {}),
        ...(mix
          ? {
              mixSqliteAtLeast500PerSecondInProcess: {
                value: rate(mix.service.sqlite),
                pass: (rate(mix.service.sqlite) ?? 0) >= 500,
              },
              mixPostgresAtLeast500PerSecondInProcess: {
                value: rate(mix.service.postgres),
                pass: (rate(mix.service.postgres) ?? 0) >= 500,
              },
              // The count that does not depend on the machine's load (decisions 0050, 0052).
              mixStatementsPerCheckoutInProcess: {
                sqlite: statementsOf(mix.service.sqlite),
                postgres: statementsOf(mix.service.postgres),
              },
              ...(inProcessOnly
                ? {}
                : {
                    mixSqliteHttpAtLeast500PerSecond: {
                      value: rate(mix.http.sqlite),
                      pass: (rate(mix.http.sqlite) ?? 0) >= 500,
                    },
                  }),
            }
          : {}),
      },
    },
    null,
    2,
  ),
);
