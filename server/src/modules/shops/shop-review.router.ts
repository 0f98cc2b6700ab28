import { Router } from 'express';
import {
  adminShopListQuerySchema,
  inviteShopBodySchema,
  returnShopBodySchema,
} from '@e-galleria/shared/shops';
import { parseInput } from '../../http/validate.ts';
import type { ShopReviewService } from './shop-review.service.ts';

/** A municipality admin's shop screens: list, invite, review, listing requests. */
export function createShopReviewRouter(deps: { review: ShopReviewService }) {
  const { review } = deps;
  const router = Router();

  router.get('/admin/municipalities/:slug/shops', async (request, response) => {
    const query = parseInput(adminShopListQuerySchema, request.query);
    const items = await review.list(request.actor, request.params.slug, query.status);
    response.json({ items, nextCursor: null });
  });

  router.post('/admin/municipalities/:slug/shop-invitations', async (request, response) => {
    const body = parseInput(inviteShopBodySchema, request.body);
    response.status(201).json(await review.inviteShop(request.actor, request.params.slug, body));
  });

  for (const action of ['approve', 'suspend', 'reinstate'] as const) {
    router.post(`/admin/shops/:shopId/${action}`, async (request, response) => {
      response.json({ shop: await review.review(request.actor, request.params.shopId, action) });
    });
  }

  router.post('/admin/shops/:shopId/return', async (request, response) => {
    const body = parseInput(returnShopBodySchema, request.body);
    response.json({
      shop: await review.review(request.actor, request.params.shopId, 'return', body.comment),
    });
  });

  router.get('/admin/municipalities/:slug/listing-requests', async (request, response) => {
    const items = await review.listListingRequests(request.actor, request.params.slug);
    response.json({ items, nextCursor: null });
  });

  for (const [path, decision] of [
    ['approve', 'approved'],
    ['decline', 'declined'],
  ] as const) {
    router.post(
      `/admin/municipalities/:slug/listing-requests/:shopId/${path}`,
      async (request, response) => {
        await review.decideListing(
          request.actor,
          request.params.slug,
          request.params.shopId,
          decision,
        );
        response.status(204).end();
      },
    );
  }

  return router;
}
