import type { Knex } from 'knex';

// The Finnish reviewer's reading (decision 0072): "Pyykki ja siivous" reads as "laundry (the
// clothes) and cleaning"; the category is the service of washing them.

async function setFinnishName(knex: Knex, name: string) {
  const category = await knex('categories')
    .where({ slug: 'tvatt-och-stad' })
    .first<{ id: string; name: string } | undefined>('id', 'name');
  if (!category) return;
  const names = JSON.parse(category.name) as Record<string, string>;
  await knex('categories')
    .where({ id: category.id })
    .update({ name: JSON.stringify({ ...names, fi: name }) });
}

export async function up(knex: Knex): Promise<void> {
  await setFinnishName(knex, 'Pyykinpesu ja siivous');
}

export async function down(knex: Knex): Promise<void> {
  await setFinnishName(knex, 'Pyykki ja siivous');
}
