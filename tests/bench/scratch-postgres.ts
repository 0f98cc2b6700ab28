import pg from 'pg';

/** The PostgreSQL server the benchmarks make their scratch databases on. */
export const benchPostgresAdminUrl =
  process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/**
 * `work` on a fresh PostgreSQL database named after `prefix` and this process (two
 * benchmarks at once never share one), dropped afterwards whatever happens: empty, or a copy
 * of `template` (a database nobody is connected to).
 */
export async function withScratchPostgres<T>(
  prefix: string,
  work: (databaseUrl: string) => Promise<T>,
  options: { template?: string } = {},
): Promise<T> {
  const name = `${prefix}_${process.pid}`;
  const admin = new pg.Client({ connectionString: benchPostgresAdminUrl });
  await admin.connect();
  try {
    await admin.query(
      `CREATE DATABASE ${name}${options.template ? ` TEMPLATE ${options.template}` : ''}`,
    );
    const url = new URL(benchPostgresAdminUrl);
    url.pathname = `/${name}`;
    try {
      return await work(url.toString());
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  } finally {
    await admin.end();
  }
}
