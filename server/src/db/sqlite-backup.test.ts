import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sqlite3 from 'sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { BackupRefused, backUpSqlite, restoreSqlite } from './sqlite-backup.ts';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'e-galleria-sqlite-backup-'));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

function open(file: string) {
  return new sqlite3.Database(file);
}
function exec(db: sqlite3.Database, sql: string) {
  return new Promise<void>((resolve, reject) => db.exec(sql, (e) => (e ? reject(e) : resolve())));
}
function all<Row>(db: sqlite3.Database, sql: string) {
  return new Promise<Row[]>((resolve, reject) =>
    db.all(sql, (e, rows) => (e ? reject(e) : resolve(rows as Row[]))),
  );
}
function close(db: sqlite3.Database) {
  return new Promise<void>((resolve, reject) => db.close((e) => (e ? reject(e) : resolve())));
}

/**
 * A WAL database of about 40 MB (so the copy takes a while) and a writer that moves money in
 * transactions of two rows that must never be seen apart: +100 and -100 of one batch.
 */
async function liveDatabase(file: string) {
  const db = open(file);
  await exec(
    db,
    `PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;
     CREATE TABLE padding (bytes BLOB);
     CREATE TABLE transfers (id INTEGER PRIMARY KEY, batch INTEGER NOT NULL, amount INTEGER NOT NULL);
     WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000)
       INSERT INTO padding SELECT randomblob(4000) FROM n;`,
  );
  const acknowledged: number[] = [];
  const state = { isStopped: false };
  const writing = (async () => {
    for (let batch = 1; !state.isStopped; batch++) {
      await exec(
        db,
        `BEGIN; INSERT INTO transfers (batch, amount) VALUES (${batch}, 100);
         INSERT INTO transfers (batch, amount) VALUES (${batch}, -100); COMMIT;`,
      );
      acknowledged.push(batch);
    }
  })();
  return {
    db,
    acknowledged,
    async stop() {
      state.isStopped = true;
      await writing;
    },
  };
}

describe('SQLite backup and restore', () => {
  it('copies the database of one moment while a writer commits beside it, and the copy passes its integrity check', async () => {
    const live = await liveDatabase(path.join(folder, 'live.sqlite'));
    while (live.acknowledged.length < 50) await new Promise((resolve) => setTimeout(resolve, 1));
    const before = live.acknowledged.length;
    const target = path.join(folder, 'copy.sqlite');
    const report = await backUpSqlite(path.join(folder, 'live.sqlite'), target);
    const during = live.acknowledged.length - before;
    await live.stop();
    await close(live.db);

    // The writer was never held up for the length of the copy.
    expect(during).toBeGreaterThan(0);
    expect(report.bytes).toBeGreaterThan(40_000_000);
    console.info(
      `backed up ${(report.bytes / 1e6).toFixed(0)} MB in ${Math.round(report.ms)} ms; ${during} transactions committed meanwhile`,
    );
    expect(fs.readdirSync(folder).filter((name) => name.startsWith('copy'))).toEqual([
      'copy.sqlite',
    ]);
    const copy = open(target);
    try {
      expect(await all(copy, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
      expect(await all(copy, 'PRAGMA journal_mode')).toEqual([{ journal_mode: 'delete' }]);
      const [totals] = await all<{ sum: number; batches: number; last: number }>(
        copy,
        'SELECT SUM(amount) AS sum, COUNT(DISTINCT batch) AS batches, MAX(batch) AS last FROM transfers',
      );
      // Whole transactions only, every acknowledged one up to the backup, none missing between.
      expect(totals?.sum).toBe(0);
      expect(totals?.batches).toBe(totals?.last);
      expect(totals?.last).toBeGreaterThanOrEqual(before);
    } finally {
      await close(copy);
    }
  });

  it('restores only when no other connection has the database open, and keeps what it replaced', async () => {
    const file = path.join(folder, 'to-restore.sqlite');
    const holder = open(file);
    await exec(holder, 'PRAGMA journal_mode = WAL; CREATE TABLE knex_migrations (name TEXT);');
    const backup = path.join(folder, 'backup.sqlite');
    await backUpSqlite(file, backup);
    await exec(holder, "INSERT INTO knex_migrations VALUES ('written after the backup')");

    await expect(restoreSqlite(backup, file)).rejects.toThrow(BackupRefused);
    await expect(restoreSqlite(backup, file)).rejects.toThrow(/in use/);
    expect(await all(holder, 'SELECT name FROM knex_migrations')).toHaveLength(1);
    await close(holder);

    const report = await restoreSqlite(backup, file);
    const restored = open(file);
    expect(await all(restored, 'SELECT name FROM knex_migrations')).toEqual([]);
    expect(await all(restored, 'PRAGMA journal_mode')).toEqual([{ journal_mode: 'wal' }]);
    await close(restored);
    const previous = open(report.previous ?? '');
    expect(await all(previous, 'SELECT name FROM knex_migrations')).toHaveLength(1);
    await close(previous);
  });

  it('refuses to overwrite a file with a backup, or to restore what is not an e-galleria database', async () => {
    const file = path.join(folder, 'plain.sqlite');
    const db = open(file);
    await exec(db, 'CREATE TABLE other (x)');
    await close(db);
    await expect(backUpSqlite(file, file)).rejects.toThrow(/already exists/);
    await expect(restoreSqlite(file, path.join(folder, 'new.sqlite'))).rejects.toThrow(
      /not a backup of an e-galleria database/,
    );
    await expect(restoreSqlite(path.join(folder, 'missing.sqlite'), file)).rejects.toThrow(
      /no backup/,
    );
  });
});
