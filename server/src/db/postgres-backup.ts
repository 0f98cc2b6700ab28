import { spawn } from 'node:child_process';
import fs from 'node:fs';
import pg from 'pg';
import { BackupRefused } from './sqlite-backup.ts';

/**
 * PostgreSQL backups are PostgreSQL's own tools (decision 0048): pg_dump reads the whole
 * database in one snapshot while the app writes, pg_restore brings the dump back. These only
 * run them with the connection of DATABASE_URL, passed in the environment (PGHOST, PGPASSWORD,
 * …) so that no password shows in the process list.
 */
function connectionEnvironment(databaseUrl: string): NodeJS.ProcessEnv {
  const url = new URL(databaseUrl);
  const sslMode = url.searchParams.get('sslmode');
  return {
    // Handed on to the child as it is (where pg_dump is found), not read as configuration.
    // eslint-disable-next-line no-restricted-syntax
    ...process.env,
    PGHOST: decodeURIComponent(url.hostname) || 'localhost',
    PGPORT: url.port || '5432',
    PGUSER: decodeURIComponent(url.username),
    PGPASSWORD: decodeURIComponent(url.password),
    PGDATABASE: decodeURIComponent(url.pathname.slice(1)),
    ...(sslMode ? { PGSSLMODE: sslMode } : {}),
  };
}

function run(program: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { env, stdio: ['ignore', 'inherit', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'ENOENT'
          ? new BackupRefused(`${program} is not installed here (Debian: postgresql-client).`)
          : error,
      ),
    );
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new BackupRefused(`${program} failed (exit code ${code}):\n${errors.trim()}`)),
    );
  });
}

/** `pg_dump --format=custom` of the whole database into the new file `target`. */
export async function backUpPostgres(databaseUrl: string, target: string): Promise<void> {
  if (fs.existsSync(target))
    throw new BackupRefused(`${target} already exists: a backup never overwrites a file.`);
  const temporary = `${target}.${process.pid}.partial`;
  try {
    await run(
      'pg_dump',
      ['--format=custom', '--no-owner', `--file=${temporary}`],
      connectionEnvironment(databaseUrl),
    );
    fs.renameSync(temporary, target);
  } finally {
    fs.rmSync(temporary, { force: true });
  }
}

/**
 * `pg_restore --clean` of a dump into the database of DATABASE_URL, in one transaction.
 * Refuses while any other session is connected to that database (the app).
 */
export async function restorePostgres(databaseUrl: string, dumpFile: string): Promise<void> {
  if (!fs.existsSync(dumpFile)) throw new BackupRefused(`There is no dump at ${dumpFile}.`);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ sessions: string }>(
      'SELECT count(*) AS sessions FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
    );
    if (Number(rows[0]?.sessions ?? 0) > 0)
      throw new BackupRefused(
        'The database is in use (is the app running on it?). Stop every process that uses it, then restore.',
      );
  } finally {
    await client.end();
  }
  const env = connectionEnvironment(databaseUrl);
  await run(
    'pg_restore',
    [
      '--clean',
      '--if-exists',
      '--no-owner',
      '--single-transaction',
      '--exit-on-error',
      `--dbname=${env.PGDATABASE ?? ''}`,
      dumpFile,
    ],
    env,
  );
}
