import { Router } from 'express';
import { swedishDateOf } from '@e-galleria/shared/calendar-dates';
import {
  createProductBodySchema,
  createVariantBodySchema,
  productListQuerySchema,
  reorderImagesBodySchema,
  shopProductListQuerySchema,
  slotsQuerySchema,
  updateProductBodySchema,
  updateVariantBodySchema,
} from '@e-galleria/shared/catalogue';
import type { Request } from 'express';
import { receiveImageUpload } from '../../http/image-upload.ts';
import { sendPublicJson, type PublicReadCache } from '../../http/public-read-cache.ts';
import { parseInput } from '../../http/validate.ts';
import type { JobLimiter } from '../../integrations/job-limiter.ts';
import type { ProductImagesService } from './product-images.service.ts';
import type { ListingService } from './listing.service.ts';
import type { ProductsService } from './products.service.ts';
import type { VariantsService } from './variants.service.ts';

/** Products and services: the storefront's reads and a shop's catalogue management. */
export function createCatalogueRouter(deps: {
  listing: ListingService;
  products: ProductsService;
  variants: VariantsService;
  productImages: ProductImagesService;
  publicReads: PublicReadCache;
  /** Listings and searches the cache cannot answer, computed in turn per municipality. */
  fairReads: JobLimiter;
  now: () => number;
}) {
  const { listing, products, variants, productImages } = deps;
  const router = Router();

  /**
   * A public read the same for every visitor: from the cache while nothing was written since.
   * The day is part of the key because a product page shows the VAT rate of the day.
   */
  async function publicJson(request: Request, compute: () => Promise<unknown>) {
    const key = `${swedishDateOf(deps.now())}|${request.originalUrl}`;
    return deps.publicReads.json(key, compute);
  }

  /**
   * A listing or search of one municipality's galleria (or the region's, `slug` null), past
   * the cache: computed when its municipality's turn comes (decision 0050), so a storefront
   * flooded with new questions holds back another municipality's residents by at most the
   * reads already running, not by its whole queue.
   */
  async function fairJson(request: Request, slug: string | null, compute: () => Promise<unknown>) {
    const owner = slug === null ? 'region' : `municipality:${slug}`;
    return publicJson(request, () => deps.fairReads.run(owner, compute));
  }

  router.get('/municipalities/:slug/products', async (request, response) => {
    const query = parseInput(productListQuerySchema, request.query);
    await sendPublicJson(
      response,
      await fairJson(request, request.params.slug, () => listing.list(request.params.slug, query)),
    );
  });

  router.get('/municipalities/:slug/product-facets', async (request, response) => {
    const query = parseInput(productListQuerySchema, request.query);
    const compute = async () => ({ facets: await listing.facets(request.params.slug, query) });
    await sendPublicJson(response, await fairJson(request, request.params.slug, compute));
  });

  router.get('/products', async (request, response) => {
    const query = parseInput(productListQuerySchema, request.query);
    await sendPublicJson(response, await fairJson(request, null, () => listing.list(null, query)));
  });

  router.get('/product-facets', async (request, response) => {
    const query = parseInput(productListQuerySchema, request.query);
    const compute = async () => ({ facets: await listing.facets(null, query) });
    await sendPublicJson(response, await fairJson(request, null, compute));
  });

  router.get('/products/:id', async (request, response) => {
    const compute = async () => ({ product: await listing.publishedPage(request.params.id) });
    await sendPublicJson(response, await publicJson(request, compute));
  });

  router.get('/vat-rates', async (_request, response) => {
    response.json(await listing.vatRates());
  });

  router.get('/products/:id/slots', async (request, response) => {
    const query = parseInput(slotsQuerySchema, request.query);
    response.json({ items: await listing.slots(request.params.id, query), nextCursor: null });
  });

  router.get('/shops/:shopId/products', async (request, response) => {
    const query = parseInput(shopProductListQuerySchema, request.query);
    response.json(await listing.listForShop(request.actor, request.params.shopId, query));
  });

  router.post('/shops/:shopId/products', async (request, response) => {
    const body = parseInput(createProductBodySchema, request.body);
    response
      .status(201)
      .json({ product: await products.create(request.actor, request.params.shopId, body) });
  });

  router.get('/shops/:shopId/products/:productId', async (request, response) => {
    const { shopId, productId } = request.params;
    response.json({ product: await products.getForShop(request.actor, shopId, productId) });
  });

  router.patch('/shops/:shopId/products/:productId', async (request, response) => {
    const { shopId, productId } = request.params;
    const body = parseInput(updateProductBodySchema, request.body);
    response.json({ product: await products.update(request.actor, shopId, productId, body) });
  });

  router.post('/shops/:shopId/products/:productId/images', async (request, response) => {
    const { shopId, productId } = request.params;
    // Who may upload is checked before the upload is read, so strangers cannot make us buffer.
    await productImages.checkProduct(request.actor, shopId, productId);
    const upload = await receiveImageUpload(request, response);
    response
      .status(201)
      .json({ product: await productImages.add(request.actor, shopId, productId, upload) });
  });

  router.put('/shops/:shopId/products/:productId/images', async (request, response) => {
    const { shopId, productId } = request.params;
    const { imageIds } = parseInput(reorderImagesBodySchema, request.body);
    response.json({
      product: await productImages.reorder(request.actor, shopId, productId, imageIds),
    });
  });

  router.delete('/shops/:shopId/products/:productId/images/:imageId', async (request, response) => {
    const { shopId, productId, imageId } = request.params;
    response.json({
      product: await productImages.remove(request.actor, shopId, productId, imageId),
    });
  });

  router.post('/shops/:shopId/products/:productId/variants', async (request, response) => {
    const { shopId, productId } = request.params;
    const body = parseInput(createVariantBodySchema, request.body);
    response
      .status(201)
      .json({ product: await variants.addVariant(request.actor, shopId, productId, body) });
  });

  router.patch(
    '/shops/:shopId/products/:productId/variants/:variantId',
    async (request, response) => {
      const body = parseInput(updateVariantBodySchema, request.body);
      response.json({
        product: await variants.updateVariant(request.actor, request.params, body),
      });
    },
  );

  router.delete(
    '/shops/:shopId/products/:productId/variants/:variantId',
    async (request, response) => {
      response.json({ product: await variants.deleteVariant(request.actor, request.params) });
    },
  );

  return router;
}
