import { Router } from 'express';
import {
  inviteStaffBodySchema,
  publicShopListQuerySchema,
  requestListingBodySchema,
  updateShopProfileBodySchema,
} from '@e-galleria/shared/shops';
import { receiveImageUpload } from '../../http/image-upload.ts';
import { parseInput } from '../../http/validate.ts';
import type { ShopImagesService } from './shop-images.service.ts';
import type { ShopsService } from './shops.service.ts';

/** The storefront's shop list and page, and the owner's and staff's own shop. */
export function createShopsRouter(deps: { shops: ShopsService; shopImages: ShopImagesService }) {
  const { shops, shopImages } = deps;
  const router = Router();

  router.get('/categories', async (_request, response) => {
    response.json({ items: await shops.categories(), nextCursor: null });
  });

  router.get('/region/shop-counts', async (_request, response) => {
    response.json({ items: await shops.publishedShopCounts(), nextCursor: null });
  });

  router.get('/municipalities/:slug/shops', async (request, response) => {
    const query = parseInput(publicShopListQuerySchema, request.query);
    response.json({ items: await shops.listPublic(request.params.slug, query), nextCursor: null });
  });

  router.get('/municipalities/:slug/shops/:shopSlug', async (request, response) => {
    response.json({ shop: await shops.getPublic(request.params.slug, request.params.shopSlug) });
  });

  router.get('/shops/:shopId', async (request, response) => {
    response.json({ shop: await shops.get(request.actor, request.params.shopId) });
  });

  router.patch('/shops/:shopId', async (request, response) => {
    const body = parseInput(updateShopProfileBodySchema, request.body);
    response.json({ shop: await shops.updateProfile(request.actor, request.params.shopId, body) });
  });

  for (const kind of ['logo', 'cover'] as const) {
    router.post(`/shops/:shopId/${kind}`, async (request, response) => {
      await shopImages.checkMayChangeImages(request.actor, request.params.shopId);
      const upload = await receiveImageUpload(request, response);
      response.json({
        shop: await shopImages.setImage(request.actor, request.params.shopId, kind, upload),
      });
    });
  }

  router.post('/shops/:shopId/submit', async (request, response) => {
    response.json({ shop: await shops.submit(request.actor, request.params.shopId) });
  });

  router.post('/shops/:shopId/listings', async (request, response) => {
    const body = parseInput(requestListingBodySchema, request.body);
    response.status(201).json({
      shop: await shops.requestListing(request.actor, request.params.shopId, body.municipalitySlug),
    });
  });

  router.get('/shops/:shopId/staff-invitations', async (request, response) => {
    const items = await shops.listStaffInvitations(request.actor, request.params.shopId);
    response.json({ items, nextCursor: null });
  });

  router.post('/shops/:shopId/staff-invitations', async (request, response) => {
    const body = parseInput(inviteStaffBodySchema, request.body);
    response
      .status(201)
      .json({ invitation: await shops.inviteStaff(request.actor, request.params.shopId, body) });
  });

  return router;
}
