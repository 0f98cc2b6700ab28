import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import knex, { type Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contact } from './support/checkout.ts';
import { createShoppingWorld, type ShoppingWorld } from './support/shopping-world.ts';
import { testDatabaseKind } from './support/test-database.ts';

// `npm run db:backup` while residents check out, then `npm run db:restore` (decision 0048):
// the restored database holds every checkout that was acknowledged before the backup began.
// On SQLite the backup API; on PostgreSQL pg_dump and pg_restore, run by the same commands.

const cli = fileURLToPath(new URL('../../server/src/db/backup-cli.ts', import.meta.url));
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'e-galleria-backup-'));
const postgresUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

let world: ShoppingWorld<'farm', 'jam', never>;
let liveUrl: string;
const extraDatabases: string[] = [];

beforeAll(async () => {
  world = await createShoppingWorld({
    shops: { farm: { name: 'Backupgården' } },
    goods: { jam: { shop: 'farm', title: 'Lingonsylt', priceOre: 4500 } },
  });
  liveUrl = await urlOf(world.t.database.knex);
});
afterAll(async () => {
  await world.t.close();
  if (extraDatabases.length > 0) {
    const admin = knex({ client: 'pg', connection: postgresUrl, pool: { min: 0, max: 1 } });
    for (const name of extraDatabases)
      await admin.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.destroy();
  }
  fs.rmSync(workDir, { recursive: true, force: true });
}, 60_000);

/** The DATABASE_URL of the database a knex instance is connected to. */
async function urlOf(db: Knex): Promise<string> {
  if (testDatabaseKind === 'sqlite') {
    const files = await db.raw<{ name: string; file: string }[]>('PRAGMA database_list');
    return `sqlite:${files.find((row) => row.name === 'main')?.file ?? ''}`;
  }
  const { rows } = await db.raw<{ rows: { name: string }[] }>('SELECT current_database() AS name');
  const url = new URL(postgresUrl);
  url.pathname = `/${rows[0]?.name ?? ''}`;
  return url.toString();
}

/** Runs `npm run db:<command> -- <argument>` with DATABASE_URL as given. */
function runCli(command: 'backup' | 'restore', argument: string, databaseUrl: string) {
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, [cli, command, argument], {
      env: { PATH: process.env.PATH ?? '', DATABASE_URL: databaseUrl, NODE_ENV: 'test' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

/** Guests who each put the jam in their basket and check out, again and again, until stopped. */
function startShopping(guests: number) {
  const acknowledged: string[] = [];
  let isStopped = false;
  const shoppers = Array.from({ length: guests }, async () => {
    const guest = world.t.agent();
    while (!isStopped) {
      const added = await guest
        .post('/api/v1/basket/items')
        .send({ productId: world.goods.jam, quantity: 1 });
      expect(added.status).toBe(201);
      const placed = await guest.post('/api/v1/checkout').send({
        contact,
        fulfilments: [{ shopId: world.shops.farm.id, method: 'pickup_in_shop' }],
        payment: 'pay_at_pickup',
      });
      expect(placed.status).toBe(201);
      acknowledged.push(placed.body.checkout.id as string);
    }
  });
  return {
    acknowledged,
    async stop() {
      isStopped = true;
      await Promise.all(shoppers);
    },
  };
}

async function until(condition: () => boolean) {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}

/** A database for the restore to fill: a new file, or a new empty PostgreSQL database. */
async function emptyDatabaseUrl(name: string): Promise<string> {
  if (testDatabaseKind === 'sqlite') return `sqlite:${path.join(workDir, `${name}.sqlite`)}`;
  const database = `${new URL(liveUrl).pathname.slice(1)}_${name}`;
  const admin = knex({ client: 'pg', connection: postgresUrl, pool: { min: 0, max: 1 } });
  await admin.raw(`CREATE DATABASE ${database}`);
  await admin.destroy();
  extraDatabases.push(database);
  const url = new URL(postgresUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

function connect(databaseUrl: string): Knex {
  return databaseUrl.startsWith('sqlite:')
    ? knex({
        client: 'sqlite3',
        connection: { filename: databaseUrl.slice('sqlite:'.length) },
        useNullAsDefault: true,
      })
    : knex({ client: 'pg', connection: databaseUrl, pool: { min: 0, max: 1 } });
}

describe(`backups of the ${testDatabaseKind} database`, { timeout: 60_000 }, () => {
  let backupFile: string;
  let acknowledgedBefore: string[];
  let acknowledgedAll: string[];

  it('are taken while checkouts go on, every one of which still succeeds', async () => {
    const shopping = startShopping(4);
    await until(() => shopping.acknowledged.length >= 12);
    acknowledgedBefore = [...shopping.acknowledged];
    backupFile = path.join(workDir, 'during-checkouts.backup');
    const started = performance.now();
    const backup = await runCli('backup', backupFile, liveUrl);
    const backupMs = performance.now() - started;
    const duringBackup = shopping.acknowledged.length - acknowledgedBefore.length;
    // Some more after the backup, then stop.
    const afterBackup = shopping.acknowledged.length;
    await until(() => shopping.acknowledged.length >= afterBackup + 4);
    await shopping.stop();
    acknowledgedAll = [...shopping.acknowledged];

    expect(backup.output).toContain('Backed up');
    expect(backup.code).toBe(0);
    expect(fs.existsSync(backupFile)).toBe(true);
    console.info(
      `${backup.output.trim()} The command took ${Math.round(backupMs)} ms with its start; ${duringBackup} checkouts were acknowledged meanwhile.`,
    );
  });

  it('refuse to restore over the database while the app has it open, and change nothing', async () => {
    // The app is serving: its pool holds connections (on PostgreSQL an app idle for 30 s may
    // hold none, which is why the README says to stop it first).
    expect((await world.t.agent().get('/api/v1/products')).status).toBe(200);
    const refused = await runCli('restore', backupFile, liveUrl);
    expect(refused.code).toBe(1);
    expect(refused.output).toMatch(/in use \(is the app running on it\?\)/);
    const rows = await world.t.database.knex('checkouts').whereIn('id', acknowledgedAll).count({
      count: '*',
    });
    expect(Number(rows[0]?.count)).toBe(acknowledgedAll.length);
  });

  it('restore a database that passes its integrity check and has every checkout acknowledged before the backup began', async () => {
    const restoredUrl = await emptyDatabaseUrl('restored');
    const restored = await runCli('restore', backupFile, restoredUrl);
    expect(restored.output).toContain('Restored');
    expect(restored.code).toBe(0);

    const db = connect(restoredUrl);
    try {
      if (testDatabaseKind === 'sqlite')
        expect(await db.raw('PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
      const found = await db('checkouts')
        .whereIn('id', acknowledgedBefore)
        .select<{ id: string }[]>('id');
      expect(found.map((row) => row.id).sort()).toEqual([...acknowledgedBefore].sort());
      const orders = await db('shop_orders')
        .whereIn('checkout_id', acknowledgedBefore)
        .count({ count: '*' });
      expect(Number(orders[0]?.count)).toBe(acknowledgedBefore.length);
      // Nothing from after the backup: the copy is the database of one moment.
      const later = acknowledgedAll.slice(acknowledgedAll.length - 4);
      expect(await db('checkouts').whereIn('id', later).select('id')).toEqual([]);
    } finally {
      await db.destroy();
    }
  });

  it('refuse a file that is not a backup, and a target that exists already', async () => {
    const notABackup = path.join(workDir, 'not-a-backup.sqlite');
    fs.writeFileSync(notABackup, 'just some text, not a database');
    const restoredUrl = await emptyDatabaseUrl('refused');
    const refused = await runCli('restore', notABackup, restoredUrl);
    expect(refused.code).toBe(1);
    expect(refused.output).not.toContain('Restored');
    const again = await runCli('backup', backupFile, liveUrl);
    expect(again.code).toBe(1);
    expect(again.output).toContain('already exists');
  });
});
