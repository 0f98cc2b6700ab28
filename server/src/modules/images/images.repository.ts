import type { Knex } from 'knex';
import { rawRows } from '../../db/raw-rows.ts';

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
  /** Since when the hourly sweep has seen nothing use it; null while used or not yet seen. */
  unused_since: number | null;
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

/** `select 1 from <table> where <table>.<column> = <image>`: the image is named there. */
function namedBy(knex: Knex, table: string, column: string, image: string) {
  return (used: Knex.QueryBuilder) => {
    void used.select(knex.raw('1')).from(table).whereRaw(`${table}.${column} = ${image}`);
  };
}

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

    /**
     * Clears the mark of images used again (a photo put back), at most `limit`: their day
     * starts over when they are next seen unused. Returns how many.
     */
    clearUnusedMarks(limit: number): Promise<number> {
      return knex('images')
        .whereIn('id', (marked) => {
          void marked
            .select('i.id')
            .from('images as i')
            .whereNotNull('i.unused_since')
            .where((used) => {
              for (const { table, column } of references)
                void used.orWhereExists(namedBy(knex, table, column, 'i.id'));
            })
            .limit(limit);
        })
        .update({ unused_since: null });
    },

    /**
     * Marks images created before `createdBefore` that nothing names and that are not marked
     * yet as unused since `at`, at most `limit`. Returns how many.
     */
    markUnused(createdBefore: number, at: number, limit: number): Promise<number> {
      return knex('images')
        .whereIn('id', (unused) => {
          void unused
            .select('i.id')
            .from('images as i')
            .whereNull('i.unused_since')
            .where('i.created_at', '<', createdBefore);
          for (const { table, column } of references)
            void unused.whereNotExists(namedBy(knex, table, column, 'i.id'));
          void unused.limit(limit);
        })
        .update({ unused_since: at });
    },

    /** Images marked unused since before `before` that nothing names now, at most `limit`. */
    findUnusedSince(before: number, limit: number): Promise<ImageRow[]> {
      const query = knex<ImageRow>('images as i').where('i.unused_since', '<', before);
      for (const { table, column } of references)
        void query.whereNotExists(namedBy(knex, table, column, 'i.id'));
      return query.limit(limit).select<ImageRow[]>('i.*');
    },

    /**
     * Deletes those of `ids` still marked unused since before `before` and still named by
     * nothing, and returns their ids. The statement checks again itself: an image linked or
     * cleared since it was found stays (and another sweep that got there first leaves none).
     */
    async deleteUnusedSince(ids: readonly string[], before: number): Promise<string[]> {
      if (ids.length === 0) return [];
      const query = knex('images')
        .whereIn('id', [...ids])
        .where('unused_since', '<', before);
      for (const { table, column } of references)
        void query.whereNotExists(namedBy(knex, table, column, 'images.id'));
      // Raw, because knex's SQLite dialect drops what a delete returns.
      const { sql, bindings } = query.delete().toSQL();
      const deleted = rawRows<{ id: string }>(await knex.raw(`${sql} returning id`, bindings));
      return deleted.map((row) => row.id);
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
