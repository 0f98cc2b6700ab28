import { Router, type Request, type Response } from 'express';
import { addBasketItemBodySchema, updateBasketItemBodySchema } from '@e-galleria/shared/basket';
import { readCookie, type SessionCookie } from '../../http/session-cookie.ts';
import { parseInput } from '../../http/validate.ts';
import type { BasketOwner, BasketResult, BasketService } from './basket.service.ts';

/** How long a guest's basket cookie lives: long enough to come back next week. */
const guestBasketDays = 30;

/** The basket: anyone may have one, logged in or not (DESIGN §9). */
export function createBasketRouter(deps: { baskets: BasketService; guestCookie: SessionCookie }) {
  const { baskets, guestCookie } = deps;
  const router = Router();

  const ownerOf = (request: Request): BasketOwner => ({
    userId: request.actor?.user.id ?? null,
    guestToken: readCookie(request, guestCookie),
  });

  function send(response: Response, result: BasketResult, status = 200) {
    if (result.guestCookie === 'clear') guestCookie.clear(response);
    else if (result.guestCookie !== 'keep')
      guestCookie.set(response, result.guestCookie.set, Date.now() + guestBasketDays * 86_400_000);
    response.status(status).json({ basket: result.basket });
  }

  router.get('/basket', async (request, response) => {
    send(response, await baskets.get(ownerOf(request)));
  });

  router.post('/basket/items', async (request, response) => {
    const body = parseInput(addBasketItemBodySchema, request.body);
    send(response, await baskets.addItem(ownerOf(request), body), 201);
  });

  router.patch('/basket/items/:itemId', async (request, response) => {
    const body = parseInput(updateBasketItemBodySchema, request.body);
    send(
      response,
      await baskets.updateItem(ownerOf(request), request.params.itemId, body.quantity),
    );
  });

  router.delete('/basket/items/:itemId', async (request, response) => {
    send(response, await baskets.removeItem(ownerOf(request), request.params.itemId));
  });

  return router;
}
