import fs from 'node:fs';
import path from 'node:path';
import sqlite3 from 'sqlite3';

/**
 * Online backup and restore of the SQLite database (decision 0048), with SQLite's backup API
 * as node-sqlite3 exposes it (`Database#backup`; its typings leave it out).
 */
type SqliteBackup = {
  step: (pages: number, callback: (error: Error | null, isDone?: boolean) => void) => void;
  finish: (callback: (error: Error | null) => void) => void;
  pageCount: number;
};
type DatabaseWithBackup = sqlite3.Database & {
  backup: (
    filename: string,
    destinationName: string,
    sourceName: string,
    isFilenameDestination: boolean,
    callback: (error: Error | null) => void,
  ) => SqliteBackup;
};

/** A refusal the command line shows as it is: no stack trace, exit code 1. */
export class BackupRefused extends Error {}

/** The database is busy (another writer, a checkpoint): the step is tried again. */
const retriedCodes = new Set(['SQLITE_BUSY', 'SQLITE_LOCKED']);
const retries = 50;

function open(file: string, mode: number): Promise<DatabaseWithBackup> {
  return new Promise((resolve, reject) => {
    const database = new sqlite3.Database(file, mode, (error) =>
      error ? reject(error) : resolve(database as DatabaseWithBackup),
    );
  });
}

function exec(database: sqlite3.Database, sql: string): Promise<void> {
  return new Promise((resolve, reject) => {
    database.exec(sql, (error) => (error ? reject(error) : resolve()));
  });
}

function all<Row>(database: sqlite3.Database, sql: string): Promise<Row[]> {
  return new Promise((resolve, reject) => {
    database.all(sql, (error, rows) => (error ? reject(error) : resolve(rows as Row[])));
  });
}

function close(database: sqlite3.Database): Promise<void> {
  return new Promise((resolve, reject) => {
    database.close((error) => (error ? reject(error) : resolve()));
  });
}

const codeOf = (error: unknown) => (error as { code?: unknown } | null)?.code;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Copies every page between `database` and the file in ONE step: the step reads inside one
 * read transaction of the source, so the copy is the database as of one moment, whatever
 * other connections commit meanwhile (in WAL mode they go on writing; a backup in several
 * steps would start over each time another connection wrote between two steps).
 */
async function copyPages(
  database: DatabaseWithBackup,
  file: string,
  direction: 'to file' | 'from file',
): Promise<number> {
  const backup = await new Promise<SqliteBackup>((resolve, reject) => {
    const started: SqliteBackup = database.backup(
      file,
      'main',
      'main',
      direction === 'to file',
      (error) => (error ? reject(error) : resolve(started)),
    );
  });
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        const isDone = await new Promise<boolean>((resolve, reject) => {
          backup.step(-1, (error, done) => (error ? reject(error) : resolve(done === true)));
        });
        if (isDone) return backup.pageCount;
      } catch (error) {
        if (!retriedCodes.has(String(codeOf(error))) || attempt >= retries) throw error;
        await pause(100);
      }
    }
  } finally {
    await new Promise<void>((resolve) => backup.finish(() => resolve()));
  }
}

/** `PRAGMA integrity_check` of an open database: 'ok', or what is wrong. */
export async function checkIntegrity(database: sqlite3.Database): Promise<string> {
  const rows = await all<{ integrity_check: string }>(database, 'PRAGMA integrity_check');
  return rows.map((row) => row.integrity_check).join('; ');
}

function fsyncFile(file: string) {
  const descriptor = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(descriptor);
  } finally {
    fs.closeSync(descriptor);
  }
}

function fsyncFolder(folder: string) {
  const descriptor = fs.openSync(folder, 'r');
  try {
    fs.fsyncSync(descriptor);
  } finally {
    fs.closeSync(descriptor);
  }
}

export type BackupReport = { target: string; pages: number; bytes: number; ms: number };

/**
 * Copies the live database at `liveFile` into the new file `target` while the app goes on
 * reading and writing it. The copy is written under a temporary name, checked with
 * `PRAGMA integrity_check`, turned into one self-contained file (rollback journal, no -wal
 * beside it), flushed to disk, and only then given its name.
 */
export async function backUpSqlite(liveFile: string, target: string): Promise<BackupReport> {
  const started = performance.now();
  if (!fs.existsSync(liveFile)) throw new BackupRefused(`There is no database at ${liveFile}.`);
  if (fs.existsSync(target))
    throw new BackupRefused(`${target} already exists: a backup never overwrites a file.`);
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  const temporary = `${target}.${process.pid}.partial`;
  try {
    const source = await open(liveFile, sqlite3.OPEN_READWRITE);
    let pages: number;
    try {
      // Never writes; waits as the app's own connections do when a checkpoint holds a lock.
      await exec(source, 'PRAGMA query_only = ON; PRAGMA busy_timeout = 5000');
      pages = await copyPages(source, temporary, 'to file');
    } finally {
      await close(source);
    }
    const copy = await open(temporary, sqlite3.OPEN_READWRITE);
    try {
      await exec(copy, 'PRAGMA journal_mode = DELETE');
      const integrity = await checkIntegrity(copy);
      if (integrity !== 'ok') throw new Error(`The copy fails its integrity check: ${integrity}`);
    } finally {
      await close(copy);
    }
    fsyncFile(temporary);
    fs.renameSync(temporary, target);
    fsyncFolder(path.dirname(path.resolve(target)));
    return { target, pages, bytes: fs.statSync(target).size, ms: performance.now() - started };
  } finally {
    for (const suffix of ['', '-journal', '-wal', '-shm'])
      fs.rmSync(temporary + suffix, { force: true });
  }
}

export type RestoreReport = { restored: string; previous: string | null; ms: number };

/**
 * Brings the backup `backupFile` back as the database at `liveFile`. Refuses while any other
 * connection has the live database open (the app, a migration, another restore): it takes the
 * database's exclusive lock first, which SQLite grants in WAL mode only when no other
 * connection holds it open, and keeps it until the restore is done. What the live file held
 * is kept beside it as `<file>.before-restore-<time>`.
 */
export async function restoreSqlite(
  backupFile: string,
  liveFile: string,
  now: Date = new Date(),
): Promise<RestoreReport> {
  const started = performance.now();
  if (!fs.existsSync(backupFile)) throw new BackupRefused(`There is no backup at ${backupFile}.`);
  const backup = await open(backupFile, sqlite3.OPEN_READONLY);
  try {
    const integrity = await checkIntegrity(backup).catch((error: unknown) => String(error));
    if (integrity !== 'ok')
      throw new BackupRefused(`${backupFile} is not a sound SQLite database: ${integrity}`);
    const tables = await all<{ name: string }>(
      backup,
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'knex_migrations'",
    );
    if (tables.length === 0)
      throw new BackupRefused(`${backupFile} is not a backup of an e-galleria database.`);
  } finally {
    await close(backup);
  }

  const hadDatabase = fs.existsSync(liveFile) && fs.statSync(liveFile).size > 0;
  fs.mkdirSync(path.dirname(path.resolve(liveFile)), { recursive: true });
  const live = await open(liveFile, sqlite3.OPEN_READWRITE | sqlite3.OPEN_CREATE);
  try {
    try {
      await exec(
        live,
        'PRAGMA busy_timeout = 0; PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; COMMIT',
      );
    } catch (error) {
      if (codeOf(error) !== 'SQLITE_BUSY') throw error;
      throw new BackupRefused(
        `${liveFile} is in use (is the app running on it?). Stop every process that uses it, then restore.`,
      );
    }
    let previous: string | null = null;
    if (hadDatabase) {
      previous = `${liveFile}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
      await copyPages(live, previous, 'to file');
    }
    await copyPages(live, backupFile, 'from file');
    const integrity = await checkIntegrity(live);
    if (integrity !== 'ok') throw new Error(`The restored database fails its check: ${integrity}`);
    return { restored: liveFile, previous, ms: performance.now() - started };
  } finally {
    await close(live);
  }
}
