import type { Transaction, TransactionRunner } from '../../db/database.ts';
import type { StoredImage } from '@e-galleria/shared/images';
import { AppError, notFound } from '../../errors.ts';
import type { Actor } from '../auth/access.port.ts';
import type { ImagesService } from '../images/images.service.ts';
import type { ProductImagesRepository } from './product-images.repository.ts';
import type { ProductsService } from './products.service.ts';

/** Photos a product shows, in order; the first is the one listings show. */
export const maxProductImages = 8;

/** A product's photos through the shared image pipeline: add, remove, reorder. */
export function createProductImagesService(deps: {
  transaction: TransactionRunner;
  links: ProductImagesRepository;
  productsService: ProductsService;
  images: ImagesService;
  now: () => number;
}) {
  const { transaction, links, productsService, images } = deps;
  const linksOf = links.linksOf;

  /** Positions stay 0…n-1, so "the first photo" is `position = 0` in one join. */
  async function renumber(trx: Transaction, productId: string, imageIds: readonly string[]) {
    await links.renumber(productId, imageIds, maxProductImages * 2, trx);
    await links.touchProduct(productId, deps.now(), trx);
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
      await transaction(async (trx) => {
        const current = await linksOf(productId, trx);
        if (current.length >= maxProductImages) throw new AppError('image_limit_reached');
        await links.insert(
          { product_id: productId, image_id: image.id, position: current.length },
          trx,
        );
        await links.touchProduct(productId, deps.now(), trx);
      });
      return productsService.page(productId);
    },

    async remove(actor: Actor | null, shopId: string, productId: string, imageId: string) {
      await checkProduct(actor, shopId, productId);
      await transaction(async (trx) => {
        const current = await linksOf(productId, trx);
        if (!current.some((link) => link.image_id === imageId)) throw notFound('The photo');
        await links.delete(productId, imageId, trx);
        await renumber(
          trx,
          productId,
          current.filter((link) => link.image_id !== imageId).map((link) => link.image_id),
        );
      });
      return productsService.page(productId);
    },

    async reorder(actor: Actor | null, shopId: string, productId: string, imageIds: string[]) {
      await checkProduct(actor, shopId, productId);
      await transaction(async (trx) => {
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
