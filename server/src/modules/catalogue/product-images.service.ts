import type { Knex } from 'knex';
import type { StoredImage } from '@e-galleria/shared/images';
import { AppError, notFound } from '../../errors.ts';
import type { Actor } from '../auth/actor.ts';
import type { ImagesService } from '../images/images.service.ts';
import type { ProductsService } from './products.service.ts';

/** Photos a product shows, in order; the first is the one listings show. */
export const maxProductImages = 8;

type ProductImageRow = { product_id: string; image_id: string; position: number };

/** A product's photos through the shared image pipeline: add, remove, reorder. */
export function createProductImagesService(deps: {
  knex: Knex;
  productsService: ProductsService;
  images: ImagesService;
  now: () => number;
}) {
  const { knex, productsService, images } = deps;

  const linksOf = (productId: string, db: Knex = knex) =>
    db<ProductImageRow>('product_images')
      .where({ product_id: productId })
      .orderBy('position') as Promise<ProductImageRow[]>;

  /** Positions stay 0…n-1, so "the first photo" is `position = 0` in one join. */
  async function renumber(trx: Knex, productId: string, imageIds: readonly string[]) {
    for (const [position, imageId] of imageIds.entries())
      await trx('product_images')
        .where({ product_id: productId, image_id: imageId })
        .update({ position: position + maxProductImages * 2 });
    await trx('product_images')
      .where({ product_id: productId })
      .update({ position: knex.raw('position - ?', [maxProductImages * 2]) });
    await trx('products').where({ id: productId }).update({ updated_at: deps.now() });
  }

  async function checkProduct(actor: Actor | null, shopId: string, productId: string) {
    await productsService.loadShop(actor, shopId, 'shop.catalogue.manage');
    // Another shop's product answers not_found, as in every catalogue write.
    await productsService.getForShop(actor, shopId, productId);
  }

  return {
    checkProduct,

    async add(actor: Actor | null, shopId: string, productId: string, upload: Buffer) {
      await checkProduct(actor, shopId, productId);
      if ((await linksOf(productId)).length >= maxProductImages)
        throw new AppError('image_limit_reached');
      // Decoding is slow: before the transaction, as the images service asks.
      const image: StoredImage = await images.store(upload, 'product', {
        type: 'product',
        id: productId,
        shopId,
      });
      await knex.transaction(async (trx) => {
        const links = await linksOf(productId, trx);
        if (links.length >= maxProductImages) throw new AppError('image_limit_reached');
        await trx('product_images').insert({
          product_id: productId,
          image_id: image.id,
          position: links.length,
        });
        await trx('products').where({ id: productId }).update({ updated_at: deps.now() });
      });
      return productsService.page(productId);
    },

    async remove(actor: Actor | null, shopId: string, productId: string, imageId: string) {
      await checkProduct(actor, shopId, productId);
      await knex.transaction(async (trx) => {
        const links = await linksOf(productId, trx);
        if (!links.some((link) => link.image_id === imageId)) throw notFound('The photo');
        await trx('product_images').where({ product_id: productId, image_id: imageId }).delete();
        await renumber(
          trx,
          productId,
          links.filter((link) => link.image_id !== imageId).map((link) => link.image_id),
        );
      });
      return productsService.page(productId);
    },

    async reorder(actor: Actor | null, shopId: string, productId: string, imageIds: string[]) {
      await checkProduct(actor, shopId, productId);
      await knex.transaction(async (trx) => {
        const current = (await linksOf(productId, trx)).map((link) => link.image_id);
        if (
          current.length !== imageIds.length ||
          !current.every((imageId) => imageIds.includes(imageId))
        )
          throw new AppError('validation_failed', 'Give every photo of the product once.', {
            fieldErrors: [{ field: 'imageIds', code: 'invalid', message: 'every photo once' }],
          });
        await renumber(trx, productId, imageIds);
      });
      return productsService.page(productId);
    },
  };
}

export type ProductImagesService = ReturnType<typeof createProductImagesService>;
