import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { localInstant } from '../../shared/src/local-time.ts';
import { createDatabase } from '../../server/src/db/database.ts';
import { migrateToLatest } from '../../server/src/db/migrate.ts';
import { createParcelStatisticsRepository } from '../../server/src/modules/counter/parcel-statistics.repository.ts';
import { createStatisticsRepository } from '../../server/src/modules/orders/reports/statistics.repository.ts';
import { createDeliveryStatisticsRepository } from '../../server/src/modules/deliveries/delivery-statistics.repository.ts';
import {
  createStatisticsRegion,
  type StatisticsRegion,
  insertStatisticsOrders,
} from './statistics-data.ts';
import { createHomeDeliverySetup } from './subsidy-claim-data.ts';

// Times each statistics query alone (a developer's tool beside bench:statistics).
const url =
  process.env.PROFILE_DB ??
  `sqlite:${path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'stat-prof-')), 'p.sqlite')}`;
const orders = Number(process.env.BENCH_ORDERS ?? 50_000);
const database = createDatabase(url);

const reuse = process.env.REUSE === '1';
if (!reuse) await migrateToLatest(database.knex);
const now = Date.UTC(2026, 11, 5, 12);
const region = reuse
  ? {
      municipalities: await database
        .knex('municipalities')
        .orderBy('name')
        .select<{ id: string }[]>('id'),
    }
  : await createStatisticsRegion(database.knex, { count: 14, residentsPerMunicipality: 1500, now });
if (!reuse) {
  await createHomeDeliverySetup(database.knex, region as StatisticsRegion, now);
  await insertStatisticsOrders(database.knex, {
    homeDeliveries: true,
    count: orders,
    start: Date.UTC(2021, 11, 5),
    end: now - 7 * 86_400_000,
    residentsPerMunicipality: 1500,
  });
  if (database.dialect === 'sqlite') await database.knex.raw('PRAGMA optimize');
  // What autovacuum does to a table in use: statistics, and the visibility map index-only
  // scans need (a bulk load leaves none).
  else await database.knex.raw('VACUUM ANALYZE');
}
if (process.env.CACHE) {
  await database.knex.raw(`PRAGMA cache_size = -${process.env.CACHE}`);
  if (process.env.MMAP) await database.knex.raw(`PRAGMA mmap_size = ${process.env.MMAP}`);
}
const months = Array.from({ length: 12 }, (_, m) => {
  const month = `2024-${String(m + 1).padStart(2, '0')}`;
  const next = m === 11 ? '2025-01' : `2024-${String(m + 2).padStart(2, '0')}`;
  return { month, start: localInstant(`${month}-01`, 0), end: localInstant(`${next}-01`, 0) };
});
const range = { start: months[0]?.start ?? 0, end: months[11]?.end ?? 0 };
const ids = [region.municipalities[3]?.id ?? ''];
const stats = createStatisticsRepository(database.knex);
const parcels = createParcelStatisticsRepository(database.knex);
const deliveries = createDeliveryStatisticsRepository(database.knex);
const shopId = (await database.knex('shops').first<{ id: string }>('id')).id;
const jobs: Record<string, () => Promise<unknown>> = {
  months: () => stats.months({ municipalityIds: ids }, months, range),
  residents: () => stats.residents({ municipalityIds: ids }, range),
  newResidents: () => stats.newResidents({ municipalityIds: ids }, months, range),
  shops: () => stats.shops({ municipalityIds: ids }, range),
  lines: () => stats.lines({ municipalityIds: ids }, range),
  parcels: () => parcels.months(ids, months, range),
  pickupsOfShop: () => stats.pickupsOfShop(shopId, months, range),
  deliveryMonths: () => deliveries.months(ids, months, range),
  deliveryTotals: () => deliveries.totals(ids, range),
  deliveryVillages: () => deliveries.villages(ids, range),
  deliveryShops: () => deliveries.shops(ids, range),
  deliveryCarriers: () => deliveries.carriers(ids, range),
};
if (process.env.EXPLAIN) {
  const seen = new Set<string>();
  const queries: { sql: string; bindings: unknown[] }[] = [];
  database.knex.on('query', (query: { sql: string; bindings: unknown[] }) => {
    if (!seen.has(query.sql) && !query.sql.startsWith('EXPLAIN')) {
      seen.add(query.sql);
      queries.push(query);
    }
  });
  for (const job of Object.values(jobs)) await job();
  for (const query of queries) {
    const explain = database.dialect === 'sqlite' ? 'EXPLAIN QUERY PLAN' : 'EXPLAIN ANALYZE';
    const result = (await database.knex.raw(
      `${explain} ${query.sql.replace(/\$\d+/g, '?')}`,
      query.bindings as never,
    )) as unknown;
    const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Record<
      string,
      string
    >[];
    console.log('---', query.sql.replace(/\s+/g, ' ').slice(0, 100));
    console.log(rows.map((row) => row.detail ?? row['QUERY PLAN']).join('\n'));
  }
}
for (const [name, job] of Object.entries(jobs)) {
  await job();
  const started = performance.now();
  for (let i = 0; i < 5; i++) await job();
  console.log(name, ((performance.now() - started) / 5).toFixed(1), 'ms');
}
await database.close();
