import type { Knex } from 'knex';

export type ProductImageRow = { product_id: string; image_id: string; position: number };

/** Which photos a product shows, in order: positions 0…n-1, so the first is position 0. */
export function createProductImagesRepository(knex: Knex) {
  return {
    linksOf: (productId: string, db: Knex = knex) =>
      db<ProductImageRow>('product_images')
        .where({ product_id: productId })
        .orderBy('position') as Promise<ProductImageRow[]>,

    async insert(row: ProductImageRow, db: Knex): Promise<void> {
      await db('product_images').insert(row);
    },

    async delete(productId: string, imageId: string, db: Knex): Promise<void> {
      await db('product_images').where({ product_id: productId, image_id: imageId }).delete();
    },

    /**
     * Gives the photos these positions in this order: first out of the way (positions are
     * unique per product), then back to 0…n-1.
     */
    async renumber(productId: string, imageIds: readonly string[], offset: number, db: Knex) {
      for (const [position, imageId] of imageIds.entries())
        await db('product_images')
          .where({ product_id: productId, image_id: imageId })
          .update({ position: position + offset });
      await db('product_images')
        .where({ product_id: productId })
        .update({ position: db.raw('position - ?', [offset]) });
    },

    /** The product's listing changes when its first photo does. */
    async touchProduct(productId: string, at: number, db: Knex): Promise<void> {
      await db('products').where({ id: productId }).update({ updated_at: at });
    },
  };
}

export type ProductImagesRepository = ReturnType<typeof createProductImagesRepository>;
