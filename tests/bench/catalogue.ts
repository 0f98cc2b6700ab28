import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Figures, freePort, measure, startProcess, stop } from './autocannon-support.ts';
import { processCpuMs } from './machine-cpu.ts';
import { createDatabase } from '../../server/src/db/database.ts';
import { migrateToLatest } from '../../server/src/db/migrate.ts';
import { createRegion, insertGoods, insertVocabulary } from './catalogue-data.ts';
import { withScratchPostgres } from './scratch-postgres.ts';

// `npm run bench:catalogue`: the listing and search endpoints of the real server (a child
// process on a temp SQLite file) under autocannon at 50 connections, beside a bare node:http
// server answering fixed JSON on the same machine, at 1 000 and at 100 000 goods.
//
// `-- --engine postgres`: the same on a scratch PostgreSQL database (issue 15 asks for the
// uncached listing at >= 10 % of the bare server on both engines).
//
// `-- --scale region` (opt-in, a few minutes): a region on PostgreSQL instead, 14
// municipalities, 1 500 shops and 300 000 goods, listing and search at 1 000 goods and at
// 300 000 (issue 15: p99 within 1.5× of the 1 000-goods figures).

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
/** Made-up words beside the goods' own, for a vocabulary of a region's size. */
const vocabularyWords = 50_000;
const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'e-galleria-bench-'));
const databaseFile = path.join(directory, 'catalogue.sqlite');

async function startApp(databaseUrl: string) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = await startProcess(
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
  return { child, base };
}

/**
 * A measurement with the server's CPU per request (µs, every thread, from /proc): a rate on
 * two shared cores moves with the load generator and other processes; CPU per request hardly
 * does, so it compares runs taken at different moments.
 */
async function withServerCpu(pid: number | undefined, run: () => Promise<Figures>) {
  const before = pid === undefined ? null : processCpuMs(pid);
  const figures = await run();
  const after = pid === undefined ? null : processCpuMs(pid);
  const serverCpuUsPerRequest =
    before === null || after === null || figures.requests === 0
      ? null
      : Math.round(((after - before) * 1000) / figures.requests);
  return { ...figures, serverCpuUsPerRequest };
}

async function measureCatalogue(base: string, municipality: string, pid?: number) {
  // Warm the caches the way a running server has them.
  await measure(`${base}/api/v1/products?q=mjolk`, { connections: 4, amount: 200 });
  return {
    listing: await measure(`${base}/api/v1/municipalities/${municipality}/products?limit=24`, {
      connections: 50,
    }),
    // The same as a browser asks for it: compressed (decision 0031).
    listingCompressed: await measure(
      `${base}/api/v1/municipalities/${municipality}/products?limit=24`,
      { connections: 50, headers: { 'accept-encoding': 'gzip, deflate, br' } },
    ),
    // Every request a new question: the listing's own cost, past the public read cache.
    listingUncached: await withServerCpu(pid, () =>
      measure(`${base}/api/v1/municipalities/${municipality}/products?limit=24`, {
        connections: 50,
        distinctPaths: true,
      }),
    ),
    // The same route past the cache, for a search of punctuation only: the service answers
    // "nothing" without a statement. What this server can do with no database work at all,
    // the ceiling an uncached listing cannot pass on this machine.
    listingUncachedWithoutDatabase: await withServerCpu(pid, () =>
      measure(`${base}/api/v1/municipalities/${municipality}/products?limit=24&q=%21%21`, {
        connections: 50,
        distinctPaths: true,
      }),
    ),
    search: await measure(`${base}/api/v1/products?q=r%C3%A4ksm%C3%B6rg%C3%A5s&limit=24`, {
      connections: 50,
    }),
    selectiveSearch: await measure(`${base}/api/v1/products?q=raksmorgas&limit=24`, {
      connections: 1,
      amount: 500,
    }),
    selectiveSearchUncached: await measure(`${base}/api/v1/products?q=raksmorgas&limit=24`, {
      connections: 1,
      amount: 500,
      distinctPaths: true,
    }),
    broadSearch: await measure(`${base}/api/v1/products?q=mjolk&limit=24`, {
      connections: 1,
      amount: 300,
    }),
    broadSearchUncached: await measure(`${base}/api/v1/products?q=mjolk&limit=24`, {
      connections: 1,
      amount: 300,
      distinctPaths: true,
    }),
    broadListingByPrice: await measure(
      `${base}/api/v1/municipalities/${municipality}/products?sort=price_asc&limit=24`,
      { connections: 1, amount: 300 },
    ),
    ...(await misspeltSearches(base)),
  };
}

/**
 * What "menade du …?" costs (decision 0058): the facets a search page asks for, past the
 * cache, for a word no product has and no word is like (the suggestion looks and finds
 * nothing) and for "mjök" (it finds "mjölk" and checks that mjölk finds something).
 */
async function misspeltSearches(base: string) {
  // The figures mean something only if the misspelt search is answered as intended.
  const answer = (await (await fetch(`${base}/api/v1/product-facets?q=mj%C3%B6k`)).json()) as {
    facets: { total: number; didYouMean: string | null };
  };
  if (answer.facets.total !== 0 || answer.facets.didYouMean !== 'mjölk')
    throw new Error(`"mjök" should find nothing and suggest "mjölk": ${JSON.stringify(answer)}`);
  return {
    searchFindingNothingUncached: await measure(`${base}/api/v1/product-facets?q=xqzvwk`, {
      connections: 1,
      amount: 300,
      distinctPaths: true,
    }),
    misspeltSearchUncached: await measure(`${base}/api/v1/product-facets?q=mj%C3%B6k`, {
      connections: 1,
      amount: 300,
      distinctPaths: true,
    }),
  };
}

async function startBareServer(port: number) {
  const url = `http://127.0.0.1:${port}/`;
  const child = await startProcess(
    [
      '-e',
      `require('node:http').createServer((q, s) => { s.writeHead(200, {'content-type': 'application/json'}); s.end('{"items":[],"nextCursor":null}'); }).listen(${port})`,
    ],
    {},
    url,
  );
  return { child, url };
}

/** The region's listing and search, cached and not, at 50 connections: the scale figures. */
async function measureRegion(base: string, municipality: string) {
  await measure(`${base}/api/v1/products?q=mjolk`, { connections: 4, amount: 200 });
  const listingUrl = `${base}/api/v1/municipalities/${municipality}/products?limit=24`;
  const searchUrl = `${base}/api/v1/products?q=r%C3%A4ksm%C3%B6rg%C3%A5s&limit=24`;
  return {
    listing: await measure(listingUrl, { connections: 50 }),
    listingUncached: await measure(listingUrl, { connections: 50, distinctPaths: true }),
    search: await measure(searchUrl, { connections: 50 }),
    searchUncached: await measure(searchUrl, { connections: 50, distinctPaths: true }),
    broadSearchUncached: await measure(`${base}/api/v1/products?q=mjolk&limit=24`, {
      connections: 1,
      amount: 300,
      distinctPaths: true,
    }),
    broadListingByPriceUncached: await measure(
      `${base}/api/v1/municipalities/${municipality}/products?sort=price_asc&limit=24`,
      { connections: 1, amount: 300, distinctPaths: true },
    ),
    ...(await misspeltSearches(base)),
  };
}

async function regionScale() {
  return withScratchPostgres('bench_region', regionScaleOn);
}

async function regionScaleOn(databaseUrl: string) {
  const goods = Number(process.env.BENCH_REGION_GOODS ?? 300_000);
  try {
    const database = createDatabase(databaseUrl);
    await migrateToLatest(database.knex);
    const now = Date.now();
    const region = await createRegion(database.knex, now, { municipalities: 14, shops: 1500 });
    await insertVocabulary(database.knex, vocabularyWords);
    await insertGoods(database.knex, region, 0, 1000, now);
    await database.knex.raw('ANALYZE');
    const municipality = region.municipalitySlugs[0] ?? 'arjeplog';

    const bare = await startBareServer(await freePort());
    const bareUrl = bare.url;
    let app = await startApp(databaseUrl);
    const at1000 = await measureRegion(app.base, municipality);
    await stop(app.child);

    const started = Date.now();
    await insertGoods(database.knex, region, 1000, goods, now);
    await database.knex.raw('ANALYZE');
    const secondsToLoad = (Date.now() - started) / 1000;
    await database.close();

    app = await startApp(databaseUrl);
    const atScale = await measureRegion(app.base, municipality);
    const bareServer = await measure(bareUrl, { connections: 50 });
    await stop(app.child);
    await stop(bare.child);
    const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
    const share = (a: number) => Math.round((a / bareServer.requestsPerSecond) * 1000) / 10;
    const uncachedShare = share(atScale.listingUncached.requestsPerSecond);
    printSummary([
      `bench:catalogue --scale region on postgres, ${goods} goods, 50 connections (issue 15):`,
      `bare node:http server          ${bareServer.requestsPerSecond} req/s`,
      `listing, uncached (every page new): ${atScale.listingUncached.requestsPerSecond} req/s = ${uncachedShare} % of bare (target >= 10 %: ${uncachedShare >= 10 ? 'pass' : 'MISS'}), p99 ${atScale.listingUncached.p99Ms} ms`,
      `p99 at scale / at 1 000 goods (target <= 1.5x): listing ${ratio(atScale.listing.p99Ms, at1000.listing.p99Ms)}x, search ${ratio(atScale.search.p99Ms, at1000.search.p99Ms)}x, uncached listing ${ratio(atScale.listingUncached.p99Ms, at1000.listingUncached.p99Ms)}x, uncached search ${ratio(atScale.searchUncached.p99Ms, at1000.searchUncached.p99Ms)}x`,
    ]);
    console.log(
      JSON.stringify(
        {
          setup: {
            engine: 'postgres',
            municipalities: 14,
            shops: 1500,
            goods,
            secondsToLoad: Math.round(secondsToLoad),
            connections: 50,
            secondsPerRun: seconds,
            cpus: os.cpus().length,
          },
          bareServer,
          at1000,
          atScale,
          targets: {
            listingP99AtScaleWithin1_5xOf1000: {
              value: ratio(atScale.listing.p99Ms, at1000.listing.p99Ms),
              pass: atScale.listing.p99Ms <= 1.5 * at1000.listing.p99Ms,
            },
            searchP99AtScaleWithin1_5xOf1000: {
              value: ratio(atScale.search.p99Ms, at1000.search.p99Ms),
              pass: atScale.search.p99Ms <= 1.5 * at1000.search.p99Ms,
            },
            // Past the public read cache: every request a new question.
            listingUncachedP99AtScaleWithin1_5xOf1000: {
              value: ratio(atScale.listingUncached.p99Ms, at1000.listingUncached.p99Ms),
              pass: atScale.listingUncached.p99Ms <= 1.5 * at1000.listingUncached.p99Ms,
            },
            searchUncachedP99AtScaleWithin1_5xOf1000: {
              value: ratio(atScale.searchUncached.p99Ms, at1000.searchUncached.p99Ms),
              pass: atScale.searchUncached.p99Ms <= 1.5 * at1000.searchUncached.p99Ms,
            },
            uncachedListingPercentOfBareOnPostgres: {
              value: share(atScale.listingUncached.requestsPerSecond),
              pass: share(atScale.listingUncached.requestsPerSecond) >= 10,
            },
          },
        },
        null,
        2,
      ),
    );
  } finally {
    fs.rmSync(directory, { recursive: true, force: true });
  }
}

const percentOf = (a: number, b: number) => Math.round((a / b) * 1000) / 10;

/** The lines the lead reads first: the uncached listing's share of bare, the ratios. */
function printSummary(lines: readonly string[]) {
  console.error(['', ...lines.map((line) => `  ${line}`), ''].join('\n'));
}

async function main(engine: 'sqlite' | 'postgres', databaseUrl: string) {
  const database = createDatabase(databaseUrl);
  const optimize = engine === 'sqlite' ? 'PRAGMA optimize' : 'ANALYZE';
  await migrateToLatest(database.knex);
  const now = Date.now();
  const region = await createRegion(database.knex, now);
  await insertVocabulary(database.knex, vocabularyWords);
  await insertGoods(database.knex, region, 0, 1000, now);
  await database.knex.raw(optimize);
  const municipality = region.municipalitySlugs[0] ?? 'arjeplog';

  const { child: bare, url: bareUrl } = await startBareServer(await freePort());

  let app = await startApp(databaseUrl);
  const at1000 = await measureCatalogue(app.base, municipality);
  await stop(app.child);

  const started = Date.now();
  await insertGoods(database.knex, region, 1000, 100_000, now);
  await database.knex.raw(optimize);
  const loadSeconds = (Date.now() - started) / 1000;
  await database.close();

  app = await startApp(databaseUrl);
  const at100000 = await measureCatalogue(app.base, municipality, app.child.pid);
  const bareServer = await measure(bareUrl, { connections: 50 });
  await stop(app.child);
  await stop(bare);

  const listingShare = at100000.listing.requestsPerSecond / bareServer.requestsPerSecond;
  const uncachedShare = percentOf(
    at100000.listingUncached.requestsPerSecond,
    bareServer.requestsPerSecond,
  );
  printSummary([
    `bench:catalogue on ${engine}, 100 000 goods, 50 connections (issue 15):`,
    `bare node:http server          ${bareServer.requestsPerSecond} req/s`,
    `listing, uncached (every page new): ${at100000.listingUncached.requestsPerSecond} req/s = ${uncachedShare} % of bare (target >= 10 %: ${uncachedShare >= 10 ? 'pass' : 'MISS'}), p99 ${at100000.listingUncached.p99Ms} ms`,
    `the same route, uncached, answered with no database work (ceiling): ${at100000.listingUncachedWithoutDatabase.requestsPerSecond} req/s = ${percentOf(at100000.listingUncachedWithoutDatabase.requestsPerSecond, bareServer.requestsPerSecond)} % of bare`,
    `server CPU per request (every thread; steadier than rates on a shared machine): uncached listing ${at100000.listingUncached.serverCpuUsPerRequest ?? '?'} µs, the same route with no database work ${at100000.listingUncachedWithoutDatabase.serverCpuUsPerRequest ?? '?'} µs`,
    `listing, cached:               ${at100000.listing.requestsPerSecond} req/s = ${percentOf(at100000.listing.requestsPerSecond, bareServer.requestsPerSecond)} % of bare, p99 ${at100000.listing.p99Ms} ms`,
    `listing, cached, compressed:   ${at100000.listingCompressed.requestsPerSecond} req/s = ${percentOf(at100000.listingCompressed.requestsPerSecond, bareServer.requestsPerSecond)} % of bare, p99 ${at100000.listingCompressed.p99Ms} ms (Accept-Encoding as a browser sends it)`,
    `search finding nothing, facets uncached: p50 ${at100000.searchFindingNothingUncached.p50Ms} ms, p99 ${at100000.searchFindingNothingUncached.p99Ms} ms; misspelt "mjök" (answered "mjölk"): p50 ${at100000.misspeltSearchUncached.p50Ms} ms, p99 ${at100000.misspeltSearchUncached.p99Ms} ms (1 connection, ${vocabularyWords} made-up words in the vocabulary)`,
    `listing p99 at 100 000 / at 1 000 goods: ${Math.round((at100000.listing.p99Ms / at1000.listing.p99Ms) * 100) / 100}x; uncached ${Math.round((at100000.listingUncached.p99Ms / at1000.listingUncached.p99Ms) * 100) / 100}x`,
  ]);
  console.log(
    JSON.stringify(
      {
        setup: {
          engine,
          municipalities: 5,
          shops: 250,
          goods: 100_000,
          secondsToLoad99000: loadSeconds,
          connections: 50,
          secondsPerRun: seconds,
          cpus: os.cpus().length,
        },
        bareServer,
        at1000,
        at100000,
        targets: {
          listingAtLeast10PercentOfBare: {
            value: Math.round(listingShare * 1000) / 10,
            pass: listingShare >= 0.1,
          },
          // Issue 15: a listing the cache cannot answer (every request a new question).
          uncachedListingPercentOfBare: { value: uncachedShare, pass: uncachedShare >= 10 },
          listingP99Under30Ms: { value: at100000.listing.p99Ms, pass: at100000.listing.p99Ms < 30 },
          selectiveSearchP95Under5Ms: {
            value: at100000.selectiveSearch.p95Ms,
            pass: at100000.selectiveSearch.p95Ms < 5,
          },
          listingP99At100000Within1_5xOf1000: {
            value: Math.round((at100000.listing.p99Ms / at1000.listing.p99Ms) * 100) / 100,
            pass: at100000.listing.p99Ms <= 1.5 * at1000.listing.p99Ms,
          },
          searchP99At100000Within1_5xOf1000: {
            value: Math.round((at100000.search.p99Ms / at1000.search.p99Ms) * 100) / 100,
            pass: at100000.search.p99Ms <= 1.5 * at1000.search.p99Ms,
          },
        },
      },
      null,
      2,
    ),
  );
}

const option = (name: string) =>
  process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined;
const scale = option('--scale') ?? 'default';
const engine = option('--engine') ?? 'sqlite';
if (engine !== 'sqlite' && engine !== 'postgres') throw new Error('--engine: sqlite or postgres');
try {
  if (scale === 'region') await regionScale();
  else if (scale !== 'default') throw new Error('--scale takes region (or nothing)');
  else if (engine === 'sqlite') await main('sqlite', `sqlite:${databaseFile}`);
  else await withScratchPostgres('bench_catalogue', (databaseUrl) => main('postgres', databaseUrl));
} finally {
  fs.rmSync(directory, { recursive: true, force: true });
}
