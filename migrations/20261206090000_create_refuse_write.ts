import type { Knex } from 'knex';

// On PostgreSQL, a function that fails the statement it is called in, with SQLSTATE EGR01 and
// the refusal as the error's DETAIL (server/src/db/write-parts.ts, decision 0055). A checkout
// whose writes are one statement sends it without BEGIN and COMMIT: a statement is atomic on
// its own, so a refusal (the basket checked out meanwhile, too little stock) must fail the
// statement itself for nothing to be written. SQLite needs none: its checks run in the
// transaction, which rolls back.

// By the dialect, not the configured client: the app passes its own client classes
// (server/src/db/database.ts), whose dialect is still knex's.
function isSqlite(knex: Knex): boolean {
  return (knex.client as { dialect?: unknown }).dialect !== 'postgresql';
}

export async function up(knex: Knex): Promise<void> {
  if (isSqlite(knex)) return;
  await knex.raw(`
    CREATE FUNCTION refuse_write(refusal text) RETURNS integer
    LANGUAGE plpgsql VOLATILE AS $$
    BEGIN
      RAISE EXCEPTION USING ERRCODE = 'EGR01', MESSAGE = 'write refused: ' || refusal, DETAIL = refusal;
    END
    $$`);
}

export async function down(knex: Knex): Promise<void> {
  if (isSqlite(knex)) return;
  await knex.raw('DROP FUNCTION refuse_write(text)');
}
