import type { Knex } from 'knex';

export type ImageRow = {
  id: string;
  key_base: string;
  profile: string;
  width: number;
  height: number;
  /** JSON array of widths, narrowest first. */
  widths: string;
  /** JSON array of formats, modern first. */
  formats: string;
  owner_type: string;
  owner_id: string;
  created_at: number;
};

/**
 * Where images are used: the tables of other modules that name an image. An image none of
 * them names is an orphan (read only, to find orphans: docs/decisions/0019).
 */
const references = [
  { table: 'product_images', column: 'image_id' },
  { table: 'shops', column: 'logo_image_id' },
  { table: 'shops', column: 'cover_image_id' },
  { table: 'municipalities', column: 'logo_image_id' },
] as const;

export function createImagesRepository(knex: Knex) {
  return {
    async insert(row: ImageRow, db: Knex = knex) {
      await db('images').insert(row);
    },

    /** One statement for any number of ids, so a page of products costs one query. */
    findByIds: (ids: readonly string[], db: Knex = knex) =>
      ids.length === 0
        ? Promise.resolve([] as ImageRow[])
        : (db<ImageRow>('images').whereIn('id', [...new Set(ids)]) as Promise<ImageRow[]>),

    /** Images created before `before` that nothing names, at most `limit`. */
    findOrphans(before: number, limit: number): Promise<ImageRow[]> {
      const query = knex<ImageRow>('images as i').where('i.created_at', '<', before);
      for (const { table, column } of references)
        void query.whereNotExists((used) => {
          void used.select(knex.raw('1')).from(table).whereRaw(`${table}.${column} = i.id`);
        });
      return query.limit(limit).select<ImageRow[]>('i.*');
    },

    async deleteMany(ids: readonly string[]): Promise<void> {
      await knex('images')
        .whereIn('id', [...ids])
        .delete();
    },

    /** Which of these file names (content hashes) other images still use. */
    async keyBasesInUse(keyBases: readonly string[]): Promise<Set<string>> {
      const rows = await knex('images')
        .whereIn('key_base', [...new Set(keyBases)])
        .select<{ key_base: string }[]>('key_base');
      return new Set(rows.map((row) => row.key_base));
    },
  };
}

export type ImagesRepository = ReturnType<typeof createImagesRepository>;
