import { Router } from 'express';
import type { Knex } from 'knex';
import type { FulfilmentOption } from '@e-galleria/shared/fulfilment';
import { createPrivateCookie } from '../../http/session-cookie.ts';
import { createBasketRepository } from '../basket/basket.repository.ts';
import { createBasketRouter } from '../basket/basket.router.ts';
import { createBasketService } from '../basket/basket.service.ts';
import { createProductsRepository } from '../catalogue/products.repository.ts';
import type { ImagesService } from '../images/images.service.ts';
import type { MailService } from '../mail/mail.service.ts';
import { createCheckoutRepository } from './checkout.repository.ts';
import { createCheckoutService } from './checkout.service.ts';
import type { CardPayments, ShopFulfilment } from './fulfilment-source.ts';
import { createOrdersRepository } from './orders.repository.ts';
import { createOrdersRouter } from './orders.router.ts';
import { createOrdersService } from './orders.service.ts';

/** The fulfilment module's options in the shape checkout checks a choice against. */
export function toShopFulfilment(options: readonly FulfilmentOption[]): ShopFulfilment {
  let pickupInShop: ShopFulfilment['pickupInShop'] = null;
  const servicePoints: ShopFulfilment['servicePoints'][number][] = [];
  for (const option of options) {
    if (option.method === 'pickup_in_shop')
      pickupInShop = { readyAt: Date.parse(option.readyAt), date: option.date };
    else
      servicePoints.push({
        id: option.servicePoint.id,
        name: option.servicePoint.name,
        village: option.servicePoint.village,
        amenities: option.servicePoint.amenities,
        date: option.date,
        orderBy: Date.parse(option.orderBy),
      });
  }
  return { pickupInShop, servicePoints };
}

/** Wires basket → checkout → orders, so app.ts needs one line. */
export function createOrdersModule(deps: {
  knex: Knex;
  images: ImagesService;
  mail: MailService;
  optionsForShop: (shopId: string, at: number) => Promise<FulfilmentOption[]>;
  cardPayments: CardPayments | null;
  publicUrl: string;
  isSecure: boolean;
  now: () => number;
}) {
  const { knex, now } = deps;
  const guestCookie = createPrivateCookie('galleria_basket', deps.isSecure);
  const baskets = createBasketService({
    knex,
    baskets: createBasketRepository(knex),
    images: deps.images,
    now,
  });
  const checkouts = createCheckoutRepository(knex);
  const checkout = createCheckoutService({
    knex,
    checkouts,
    baskets,
    fulfilment: async (shopId, at) => toShopFulfilment(await deps.optionsForShop(shopId, at)),
    cardPayments: deps.cardPayments,
    mail: deps.mail,
    publicUrl: deps.publicUrl,
    now,
  });
  const orders = createOrdersService({
    knex,
    orders: createOrdersRepository(knex),
    checkouts,
    products: createProductsRepository(knex),
    now,
  });
  const router = Router();
  router.use(createBasketRouter({ baskets, guestCookie }));
  router.use(createOrdersRouter({ checkout, orders, guestCookie }));
  return { baskets, checkout, orders, router };
}
