import type { Knex } from 'knex';

// A household's search_name is its name folded for search (foldForSearch), between spaces.
// Folding can lengthen a name: `æ` becomes `ae`, and compatibility characters such as `ⅷ` or
// `㎉` become several letters, so a valid 120-character name could overflow varchar(130) on
// PostgreSQL. The column becomes text there, which no folded name can overflow (a change from
// varchar to text is binary-coercible: PostgreSQL rewrites no rows). SQLite never enforced the
// width, so it has nothing to do.

function isPostgres(knex: Knex): boolean {
  return (knex.client as { dialect?: unknown }).dialect === 'postgresql';
}

export async function up(knex: Knex): Promise<void> {
  if (!isPostgres(knex)) return;
  await knex.raw('ALTER TABLE households ALTER COLUMN search_name TYPE text');
}

export async function down(knex: Knex): Promise<void> {
  if (!isPostgres(knex)) return;
  // Only a search copy: a longer one is cut, as the narrower column must.
  await knex.raw(
    'ALTER TABLE households ALTER COLUMN search_name TYPE varchar(130) USING left(search_name, 130)',
  );
}
