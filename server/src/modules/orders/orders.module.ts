import { Router } from 'express';
import type { Knex } from 'knex';
import type { FulfilmentOption } from '@e-galleria/shared/fulfilment';
import type { Database, Dialect } from '../../db/database.ts';
import { paymentProviderOrigin } from '../../http/request-origin.ts';
import { createPrivateCookie } from '../../http/session-cookie.ts';
import { createBasketRepository } from '../basket/basket.repository.ts';
import { createBasketRouter } from '../basket/basket.router.ts';
import { createBasketService } from '../basket/basket.service.ts';
import { createProductsRepository } from '../catalogue/products.repository.ts';
import type { ImagesService } from '../images/images.service.ts';
import type { MailService } from '../mail/mail.service.ts';
import { createCheckoutRepository } from './checkout.repository.ts';
import { createCheckoutService } from './checkout.service.ts';
import type { Logger } from 'pino';
import type { MunicipalitiesService } from '../municipalities/municipalities.service.ts';
import { createMunicipalityOrdersRouter } from './municipality-orders.router.ts';
import { createMunicipalityOrdersService } from './municipality-orders.service.ts';
import type { PaymentsModule } from '../payments/payments.module.ts';
import { createCheckoutPayments } from './checkout-payments.ts';
import type { FulfilmentChoice } from '../fulfilment/fulfilment.service.ts';
import type { ShopFulfilment } from './fulfilment-source.ts';
import { createOrderMoney } from './order-money.ts';
import { createOrdersRepository } from './orders.repository.ts';
import { createOrdersRouter } from './orders.router.ts';
import { createOrdersService } from './orders.service.ts';
import { createSalesRouter } from './sales.router.ts';
import { createSalesService } from './sales.service.ts';
import { createShopAccess } from './shop-access.ts';
import { createShopFulfilmentRouter } from './shop-fulfilment.router.ts';
import { createShopFulfilmentService } from './shop-fulfilment.service.ts';

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
  dialect: Dialect;
  knex: Knex;
  reader: Knex;
  groupedTransaction: Database['groupedTransaction'];
  images: ImagesService;
  mail: MailService;
  optionsForShop: (
    shopId: string,
    at: number,
    chosen?: FulfilmentChoice,
  ) => Promise<FulfilmentOption[]>;
  payments: PaymentsModule;
  publicUrl: string;
  isSecure: boolean;
  logger: Logger;
  municipalities: MunicipalitiesService;
  now: () => number;
}) {
  const { knex, now, payments } = deps;
  const checkouts = createCheckoutRepository(knex);
  const ordersRepository = createOrdersRepository(knex);
  // The shop's share goes to it less the fee of its home municipality's galleria.
  const money = createOrderMoney({
    knex,
    gateway: payments.gateway,
    feeOf: payments.platformFee.feeOf,
    logger: deps.logger,
    now,
  });
  const checkoutPayments = payments.gateway
    ? createCheckoutPayments({
        knex,
        gateway: payments.gateway,
        checkouts,
        orders: ordersRepository,
        money,
        mail: deps.mail,
        publicUrl: deps.publicUrl,
        logger: deps.logger,
        now,
      })
    : null;
  if (checkoutPayments) {
    for (const type of [
      'checkout.session.completed',
      'checkout.session.async_payment_succeeded',
    ] as const)
      payments.onEvent(type, (event, db) =>
        checkoutPayments.onPaid(event.object, db, paymentProviderOrigin(event.id)),
      );
    for (const type of [
      'checkout.session.expired',
      'checkout.session.async_payment_failed',
    ] as const)
      payments.onEvent(type, (event, db) =>
        checkoutPayments.onUnpaid(event.object, db, paymentProviderOrigin(event.id)),
      );
  }
  const guestCookie = createPrivateCookie('galleria_basket', deps.isSecure);
  const baskets = createBasketService({
    knex,
    baskets: createBasketRepository(knex, deps.reader),
    images: deps.images,
    cardPaymentFor: checkoutPayments?.cardPayments.availableFor ?? null,
    now,
  });
  const checkout = createCheckoutService({
    dialect: deps.dialect,
    knex,
    reader: deps.reader,
    groupedTransaction: deps.groupedTransaction,
    checkouts,
    baskets,
    fulfilment: async (shopId, at, chosen) =>
      toShopFulfilment(await deps.optionsForShop(shopId, at, chosen)),
    cardPayments: checkoutPayments?.cardPayments ?? null,
    mail: deps.mail,
    orders: ordersRepository,
    publicUrl: deps.publicUrl,
    now,
  });
  const products = createProductsRepository(knex);
  const orders = createOrdersService({
    knex,
    orders: ordersRepository,
    checkouts,
    products,
    money,
    now,
  });
  const access = createShopAccess({ products, orders: ordersRepository });
  const fulfilment = createShopFulfilmentService({
    knex,
    orders: ordersRepository,
    checkouts,
    access,
    money,
    mail: deps.mail,
    publicUrl: deps.publicUrl,
    now,
  });
  const router = Router();
  router.use(createBasketRouter({ baskets, guestCookie }));
  router.use(
    createMunicipalityOrdersRouter({
      orders: createMunicipalityOrdersService({
        orders: ordersRepository,
        municipalities: deps.municipalities,
      }),
    }),
  );
  router.use(createOrdersRouter({ checkout, orders, guestCookie }));
  router.use(createShopFulfilmentRouter({ fulfilment }));
  router.use(createSalesRouter({ sales: createSalesService({ knex: deps.reader, access }) }));
  return {
    baskets,
    checkout,
    orders,
    router,
    /** Every minute: unpaid reservations past their limit, card money left undone. */
    housekeeping: () => checkoutPayments?.housekeeping() ?? money.settlePending(),
  };
}
