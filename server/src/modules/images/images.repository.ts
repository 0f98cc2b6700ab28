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
  };
}

export type ImagesRepository = ReturnType<typeof createImagesRepository>;
