import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, loadConfig } from '../config.ts';
import { backUpPostgres, restorePostgres } from './postgres-backup.ts';
import { BackupRefused, backUpSqlite, restoreSqlite } from './sqlite-backup.ts';

// npm run db:backup -- <file or folder>    a consistent copy while the app runs
// npm run db:restore -- <backup file>      back as the database of DATABASE_URL (app stopped)
// Decision 0048.

const [command, argument] = process.argv.slice(2);
const usage = `Usage:
  npm run db:backup -- <file or folder>   copy the database of DATABASE_URL while the app runs
  npm run db:restore -- <backup file>     bring a backup back (stop the app first)`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if ((command !== 'backup' && command !== 'restore') || !argument) fail(usage);

let config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) fail(error.message);
  throw error;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** A folder gets a new file named by the time; a file name is taken as it is. */
function targetOf(given: string, extension: string): string {
  if (!fs.existsSync(given) || !fs.statSync(given).isDirectory()) return given;
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  return path.join(given, `galleria-${stamp}.${extension}`);
}

try {
  if (config.databaseUrl.startsWith('sqlite:')) {
    const liveFile = config.databaseUrl.slice('sqlite:'.length);
    if (liveFile === ':memory:') fail('An in-memory database has nothing to back up or restore.');
    if (command === 'backup') {
      const report = await backUpSqlite(liveFile, targetOf(argument, 'sqlite'));
      console.log(
        `Backed up ${liveFile} to ${report.target}: ${megabytes(report.bytes)} in ${seconds(report.ms)}.`,
      );
    } else {
      const report = await restoreSqlite(argument, liveFile);
      console.log(`Restored ${argument} as ${report.restored} in ${seconds(report.ms)}.`);
      if (report.previous) console.log(`What ${liveFile} held before is in ${report.previous}.`);
    }
  } else if (command === 'backup') {
    const target = targetOf(argument, 'dump');
    await backUpPostgres(config.databaseUrl, target);
    console.log(`Backed up the PostgreSQL database to ${target} (pg_dump, custom format).`);
  } else {
    await restorePostgres(config.databaseUrl, argument);
    console.log(`Restored ${argument} into the PostgreSQL database (pg_restore).`);
  }
} catch (error) {
  if (error instanceof BackupRefused) fail(error.message);
  throw error;
}
