import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createDatabase } from '../../server/src/db/database.ts';
import { migrateToLatest } from '../../server/src/db/migrate.ts';
import { freePort, measure, startProcess, stop } from './autocannon-support.ts';
import { createRegion, insertGoods } from './catalogue-data.ts';
import { withScratchPostgres } from './scratch-postgres.ts';

// `npm run bench:noisy-neighbour`: one municipality's storefront saturated (autocannon at 50
// connections on its listing and search, every request a new question, so the public read
// cache answers none; from a child process), and meanwhile another municipality's listing read by a few residents.
// Issue 15: the neighbour's p99 stays within 2× of its p99 when it is alone. The real server
// in a child process, SQLite by default; `-- --engine postgres` on a scratch PostgreSQL.

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const goods = Number(process.env.BENCH_GOODS ?? 20_000);
const engine = process.argv.includes('--engine')
  ? process.argv[process.argv.indexOf('--engine') + 1]
  : 'sqlite';
if (engine !== 'sqlite' && engine !== 'postgres') throw new Error('--engine: sqlite or postgres');
const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'e-galleria-bench-neighbour-'));

/** The noisy municipality's load, from a child process (noisy-load.ts). */
function saturate(base: string, municipality: string, duration: number) {
  const child = spawn(
    process.execPath,
    [
      fileURLToPath(new URL('./noisy-load.ts', import.meta.url)),
      base,
      municipality,
      String(duration),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise<{ requestsPerSecond: number; p50Ms: number; p99Ms: number; non2xx: number }>(
    (resolve, reject) =>
      child.once('exit', (code) =>
        code === 0 ? resolve(JSON.parse(output)) : reject(new Error(`noisy load: exit ${code}`)),
      ),
  );
}

async function withDatabase<T>(work: (databaseUrl: string) => Promise<T>): Promise<T> {
  if (engine === 'sqlite') return work(`sqlite:${path.join(directory, 'neighbour.sqlite')}`);
  return withScratchPostgres('bench_neighbour', work);
}

async function main(databaseUrl: string) {
  const database = createDatabase(databaseUrl);
  await migrateToLatest(database.knex);
  const now = Date.now();
  const region = await createRegion(database.knex, now);
  await insertGoods(database.knex, region, 0, goods, now);
  await database.knex.raw(engine === 'sqlite' ? 'PRAGMA optimize' : 'ANALYZE');
  await database.close();
  const [noisy, neighbour] = region.municipalitySlugs;
  if (!noisy || !neighbour) throw new Error('the region has too few municipalities');

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const app = await startProcess(
    ['server/src/main.ts'],
    {
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      PUBLIC_URL: base,
      DEMO: '0',
      LOG_LEVEL: 'silent',
      NODE_ENV: 'development',
      UPLOADS_DIR: path.join(directory, 'uploads'),
    },
    `${base}/api/health`,
  );
  try {
    // The neighbour's residents: two at a time, each page a new question (the cache's
    // hardest case), on the same URLs alone and under the noise.
    const neighbourUrl = `${base}/api/v1/municipalities/${neighbour}/products?limit=24`;
    await measure(neighbourUrl, { connections: 2, amount: 200, distinctPaths: true });
    // Each run its own questions: the cache still holds the last seconds of the one before.
    const alone = await measure(neighbourUrl, {
      connections: 2,
      duration: seconds,
      distinctPaths: true,
      distinctFrom: 10_000_000,
    });
    const noise = saturate(base, noisy, seconds + 2);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const underNoise = await measure(neighbourUrl, {
      connections: 2,
      duration: seconds,
      distinctPaths: true,
      distinctFrom: 20_000_000,
    });
    const noisyResult = await noise;
    const ratio = Math.round((underNoise.p99Ms / alone.p99Ms) * 100) / 100;
    console.error(
      [
        '',
        `  bench:noisy-neighbour on ${engine}, ${goods} goods (issue 15: neighbour p99 within 2x of alone):`,
        `  neighbour listing p99 alone ${alone.p99Ms} ms, under the flood ${underNoise.p99Ms} ms = ${ratio}x (${ratio <= 2 ? 'pass' : 'MISS'}); p50 ${alone.p50Ms} -> ${underNoise.p50Ms} ms`,
        `  flooded municipality: ${noisyResult.requestsPerSecond} req/s, p99 ${noisyResult.p99Ms} ms, non-2xx ${noisyResult.non2xx}; neighbour non-2xx ${underNoise.non2xx}`,
        '',
      ].join('\n'),
    );
    console.log(
      JSON.stringify(
        {
          setup: {
            engine,
            municipalities: region.municipalitySlugs.length,
            goods,
            noisyConnections: 50,
            neighbourConnections: 2,
            secondsPerRun: seconds,
            cpus: os.cpus().length,
          },
          neighbourAlone: alone,
          neighbourUnderNoise: underNoise,
          noisyMunicipality: noisyResult,
          targets: {
            neighbourP99Within2xOfAlone: { value: ratio, pass: ratio <= 2 },
          },
        },
        null,
        2,
      ),
    );
  } finally {
    await stop(app);
  }
}

try {
  await withDatabase(main);
} finally {
  fs.rmSync(directory, { recursive: true, force: true });
}
