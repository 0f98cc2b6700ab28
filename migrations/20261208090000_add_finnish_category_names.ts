import type { Knex } from 'knex';

// Finnish beside Swedish and English (decision 0072): every category's name gains `fi`, so a
// category name is whole in every language the galleria speaks. A category this list does
// not know (none today) is named in Swedish in Finnish too, never left without a name.

const finnishNames: Record<string, string> = {
  livsmedel: 'Elintarvikkeet',
  bageri: 'Leipomo ja konditoria',
  'fisk-och-vilt': 'Kala ja riista',
  'jarn-och-bygg': 'Rauta- ja rakennustarvikkeet',
  'halsa-och-skonhet': 'Terveys ja kauneus',
  'tvatt-och-stad': 'Pyykki ja siivous',
  hantverk: 'Käsityöt',
  'klader-och-friluft': 'Vaatteet ja ulkoilu',
  'resor-och-transport': 'Matkat ja kuljetukset',
  ovrigt: 'Muut',
};

type Names = { sv: string; en: string; fi?: string };

async function rewriteNames(knex: Knex, rewrite: (slug: string, names: Names) => Names) {
  const categories: { id: string; slug: string; name: string }[] = await knex('categories').select(
    'id',
    'slug',
    'name',
  );
  for (const category of categories) {
    const names = rewrite(category.slug, JSON.parse(category.name) as Names);
    await knex('categories')
      .where({ id: category.id })
      .update({ name: JSON.stringify(names) });
  }
}

export async function up(knex: Knex): Promise<void> {
  await rewriteNames(knex, (slug, names) => ({ ...names, fi: finnishNames[slug] ?? names.sv }));
}

export async function down(knex: Knex): Promise<void> {
  await rewriteNames(knex, (_slug, { sv, en }) => ({ sv, en }));
}
