import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { createApp } from '../../server/src/app.ts';
import { loadConfig } from '../../server/src/config.ts';
import { createDatabase, type Database } from '../../server/src/db/database.ts';
import { migrateToLatest } from '../../server/src/db/migrate.ts';
import { createLocalFileStorage } from '../../server/src/integrations/file-storage.ts';
import { testHasher } from '../api/support/test-hasher.ts';
import {
  benchPassword,
  createStatisticsRegion,
  insertStatisticsOrders,
} from './statistics-data.ts';
import { withScratchPostgres } from './scratch-postgres.ts';
import { createHomeDeliverySetup, insertApprovedCarrierReports } from './subsidy-claim-data.ts';

// `npm run bench:statistics` (decision 0038): a region of 14 municipalities, 5 years and
// 500 000 orders (with their parcels' status history), generated in bulk; then the
// municipality statistics API (a year, compared with the year before) asked one request at a
// time through HTTP for each municipality and year in turn, beside /api/health on the same
// server as the reference. On SQLite and on PostgreSQL. Target: p95 under 100 ms.

const orders = Number(process.env.BENCH_ORDERS ?? 500_000);
const requests = Number(process.env.BENCH_REQUESTS ?? 200);
const municipalityCount = 14;
const residentsPerMunicipality = 1_500;
// The data's five years end where the clock of the run stands.
const now = Date.UTC(2026, 11, 5, 12);
const start = Date.UTC(2021, 11, 5, 12);

function percentile(sorted: readonly number[], fraction: number): number {
  const value = sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? 0;
  return Math.round(value * 10) / 10;
}

function figures(latencies: number[]) {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requests: sorted.length,
    p50Ms: percentile(sorted, 0.5),
    p95Ms: percentile(sorted, 0.95),
    p99Ms: percentile(sorted, 0.99),
    maxMs: percentile(sorted, 1),
  };
}

async function timed(url: string, cookie: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { headers: { cookie } });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return performance.now() - started;
}

/** The app on a free port, as the statistics pages' API serves it, the clock at `now`. */
async function serve(database: Database, databaseUrl: string, uploads: string, now: number) {
  const { app } = createApp({
    config: loadConfig({
      NODE_ENV: 'development',
      PUBLIC_URL: 'http://127.0.0.1',
      DATABASE_URL: databaseUrl,
      DEMO: '0',
    }),
    database,
    logger: pino({ level: 'silent' }),
    hasher: testHasher,
    files: createLocalFileStorage(uploads),
    mailTransport: null,
    paymentGateway: null,
    clientDir: null,
    now: () => now,
  });
  const server = app.listen(0);
  await new Promise((resolve) => server.once('listening', resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** The session cookie of `email` (every bench account's password is `benchPassword`). */
async function logIn(base: string, email: string): Promise<string> {
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: 'http://127.0.0.1' },
    body: JSON.stringify({ email, password: benchPassword }),
  });
  if (!login.ok) throw new Error(`login: ${login.status} ${await login.text()}`);
  return login.headers
    .getSetCookie()
    .map((value) => value.split(';')[0])
    .join('; ');
}

async function run(databaseUrl: string, uploads: string) {
  const database = createDatabase(databaseUrl);
  await migrateToLatest(database.knex);
  const loadStarted = Date.now();
  const region = await createStatisticsRegion(database.knex, {
    count: municipalityCount,
    residentsPerMunicipality,
    now,
  });
  await createHomeDeliverySetup(database.knex, region, now);
  await insertStatisticsOrders(database.knex, {
    count: orders,
    start,
    end: now - 7 * 86_400_000,
    residentsPerMunicipality,
    homeDeliveries: true,
  });
  if (database.dialect === 'sqlite') await database.knex.raw('PRAGMA optimize');
  // What autovacuum does to a table in use: statistics, and the visibility map index-only
  // scans need (a bulk load leaves none).
  else await database.knex.raw('VACUUM ANALYZE');
  const secondsToLoad = (Date.now() - loadStarted) / 1000;

  const { server, base } = await serve(database, databaseUrl, uploads, now);
  try {
    const cookie = await logIn(base, region.adminEmail);
    // Each request another municipality and year (2022–2025, each against the year before).
    const municipalityUrl = (index: number) => {
      const slug = region.municipalities[index % municipalityCount]?.slug ?? '';
      const year = 2022 + (index % 4);
      return `${base}/api/v1/admin/municipalities/${slug}/statistics?from=${year}-01-01&to=${year}-12-31`;
    };
    for (let index = 0; index < 20; index++) await timed(municipalityUrl(index), cookie);
    const health: number[] = [];
    const municipality: number[] = [];
    const municipalityMonth: number[] = [];
    for (let index = 0; index < requests; index++) {
      health.push(await timed(`${base}/api/health`, cookie));
      municipality.push(await timed(municipalityUrl(index), cookie));
    }
    for (let index = 0; index < requests / 2; index++) {
      const slug = region.municipalities[index % municipalityCount]?.slug ?? '';
      municipalityMonth.push(
        await timed(
          `${base}/api/v1/admin/municipalities/${slug}/statistics?from=2025-03-01&to=2025-03-31`,
          cookie,
        ),
      );
    }
    const regionLatencies: number[] = [];
    for (let index = 0; index < 10; index++)
      regionLatencies.push(
        await timed(`${base}/api/v1/admin/region/statistics?from=2025-01-01&to=2025-12-31`, cookie),
      );
    const sample = (await (await fetch(municipalityUrl(0), { headers: { cookie } })).json()) as {
      current: {
        galleria: { totals: { orders: number } };
        homeDelivery: { totals: { deliveries: number; households: number } };
      };
    };
    return {
      secondsToLoad,
      ordersInOneMunicipalityYear: sample.current.galleria.totals.orders,
      homeDeliveriesInOneMunicipalityYear: sample.current.homeDelivery.totals,
      reference: { health: figures(health) },
      municipalityYear: figures(municipality),
      municipalityMonth: figures(municipalityMonth),
      regionYear: figures(regionLatencies),
    };
  } finally {
    await new Promise((resolve) => server.close(resolve));
    await database.close();
  }
}

type BenchRun<T> = (databaseUrl: string, uploadsDir: string) => Promise<T>;

/** A bench run on a fresh SQLite file in a temporary folder. */
async function onSqlite<T>(prefix: string, run: BenchRun<T>) {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), `e-galleria-bench-${prefix}-`));
  try {
    return await run(
      `sqlite:${path.join(directory, 'bench.sqlite')}`,
      path.join(directory, 'uploads'),
    );
  } finally {
    fs.rmSync(directory, { recursive: true, force: true });
  }
}

/** A bench run on a fresh PostgreSQL database, dropped afterwards. */
async function onPostgres<T>(prefix: string, run: BenchRun<T>) {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), `e-galleria-bench-${prefix}-`));
  try {
    return await withScratchPostgres(`bench_${prefix}`, (databaseUrl) =>
      run(databaseUrl, path.join(directory, 'uploads')),
    );
  } finally {
    fs.rmSync(directory, { recursive: true, force: true });
  }
}

const sqlite = await onSqlite('statistics', run);
const postgres = await (
  process.env.BENCH_SQLITE_ONLY ? Promise.resolve(null) : onPostgres('statistics', run)
).catch((error: unknown) => ({ error: String(error) }));
const p95 = (result: typeof sqlite | { error: string } | null) =>
  result && 'municipalityYear' in result ? result.municipalityYear.p95Ms : null;
console.log(
  JSON.stringify(
    {
      setup: {
        municipalities: municipalityCount,
        years: 5,
        orders,
        residents: municipalityCount * residentsPerMunicipality,
        requestsPerFigure: requests,
        oneRequestAtATime: true,
        cpus: os.cpus().length,
      },
      sqlite,
      postgres,
      targets: {
        municipalityStatisticsP95Under100Ms: {
          sqlite: p95(sqlite),
          postgres: p95(postgres),
          pass:
            (p95(sqlite) ?? Infinity) < 100 &&
            (postgres === null || (p95(postgres) ?? Infinity) < 100),
        },
      },
    },
    null,
    2,
  ),
);

// ---------------------------------------------------------------------------------------------
// The yearly subsidy claim (decision 0043), a section of its own: the same region and orders,
// plus approved carrier reports for 100,000 home deliveries over the five years
// (subsidy-claim-data.ts); then a municipality's claim of a year (2022–2025 in turn) asked
// one request at a time, and the region's overview of a year. Target: p95 under 500 ms.

const claimDeliveries = Number(process.env.BENCH_HOME_DELIVERIES ?? 100_000);

async function runSubsidyClaims(databaseUrl: string, uploads: string) {
  const database = createDatabase(databaseUrl);
  await migrateToLatest(database.knex);
  const loadStarted = Date.now();
  const region = await createStatisticsRegion(database.knex, {
    count: municipalityCount,
    residentsPerMunicipality,
    now,
  });
  await insertStatisticsOrders(database.knex, {
    count: orders,
    start,
    end: now - 7 * 86_400_000,
    residentsPerMunicipality,
  });
  const setups = await createHomeDeliverySetup(database.knex, region, now);
  const reports = await insertApprovedCarrierReports(database.knex, setups, {
    deliveries: claimDeliveries,
    firstMonth: '2021-12',
    lastMonth: '2026-11',
    now,
  });
  if (database.dialect === 'sqlite') await database.knex.raw('PRAGMA optimize');
  else await database.knex.raw('VACUUM ANALYZE');
  const secondsToLoad = (Date.now() - loadStarted) / 1000;
  const { server, base } = await serve(database, databaseUrl, uploads, now);
  try {
    const cookie = await logIn(base, region.adminEmail);
    const claimUrl = (index: number) => {
      const slug = region.municipalities[index % municipalityCount]?.slug ?? '';
      return `${base}/api/v1/admin/municipalities/${slug}/subsidy-claims/${2022 + (index % 4)}`;
    };
    for (let index = 0; index < 20; index++) await timed(claimUrl(index), cookie);
    const claim: number[] = [];
    for (let index = 0; index < requests; index++) claim.push(await timed(claimUrl(index), cookie));
    const overview: number[] = [];
    for (let index = 0; index < 10; index++)
      overview.push(await timed(`${base}/api/v1/admin/region/subsidy-claims/2025`, cookie));
    const sample = (await (await fetch(claimUrl(0), { headers: { cookie } })).json()) as {
      claim: { figures: { eligibleDeliveries: number; claimOre: number }; households: unknown[] };
    };
    return {
      secondsToLoad,
      approvedReports: reports.reports,
      homeDeliveries: reports.deliveries,
      oneMunicipalityYear: {
        eligibleDeliveries: sample.claim.figures.eligibleDeliveries,
        households: sample.claim.households.length,
        claimOre: sample.claim.figures.claimOre,
      },
      municipalityClaim: figures(claim),
      regionOverview: figures(overview),
    };
  } finally {
    await new Promise((resolve) => server.close(resolve));
    await database.close();
  }
}

const claimsSqlite = await onSqlite('claims', runSubsidyClaims);
const claimsPostgres = await (
  process.env.BENCH_SQLITE_ONLY ? Promise.resolve(null) : onPostgres('claims', runSubsidyClaims)
).catch((error: unknown) => ({ error: String(error) }));
const claimP95 = (result: typeof claimsSqlite | { error: string } | null) =>
  result && 'municipalityClaim' in result ? result.municipalityClaim.p95Ms : null;
console.log(
  JSON.stringify(
    {
      subsidyClaims: {
        sqlite: claimsSqlite,
        postgres: claimsPostgres,
        target: {
          municipalityClaimP95Under500Ms: {
            sqlite: claimP95(claimsSqlite),
            postgres: claimP95(claimsPostgres),
            pass:
              (claimP95(claimsSqlite) ?? Infinity) < 500 &&
              (claimsPostgres === null || (claimP95(claimsPostgres) ?? Infinity) < 500),
          },
        },
      },
    },
    null,
    2,
  ),
);
