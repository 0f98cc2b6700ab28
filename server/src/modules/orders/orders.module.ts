import { Router } from 'express';
import type { Logger } from 'pino';
import type { Database } from '../../db/database.ts';
import { paymentProviderOrigin } from '../../http/request-origin.ts';
import type { SessionCookie } from '../../http/session-cookie.ts';
import type { BasketService } from '../basket/basket.service.ts';
import type { StockService } from '../catalogue/stock.service.ts';
import type { VatRatesService } from '../catalogue/vat-rates.service.ts';
import type { FulfilmentService } from '../fulfilment/fulfilment.service.ts';
import type { MailService } from '../mail/mail.service.ts';
import type { MunicipalitiesService } from '../municipalities/municipalities.service.ts';
import type { PaymentsModule } from '../payments/payments.module.ts';
import type { ShopDirectory } from '../shops/shop-directory.service.ts';
import { createCardPayments } from './checkout/card-payments.ts';
import { createMoneyTakenBack, type RegionAdmins } from './checkout/money-taken-back.ts';
import { createMoneyTakenBackRouter } from './checkout/money-taken-back.router.ts';
import { createAssistedCheckoutService } from './checkout/assisted-checkout.service.ts';
import { createCheckoutRouter } from './checkout/checkout.router.ts';
import { createCheckoutService } from './checkout/checkout.service.ts';
import { createCheckoutsRepository } from './checkouts.repository.ts';
import type { HandoverPort } from './handovers.port.ts';
import type {
  DeliveryNotesPort,
  HomeDeliveryOffers,
  HouseholdsPort,
} from './home-delivery.port.ts';
import { createOrderLifecycle } from './lifecycle/order-lifecycle.service.ts';
import { createOrderMoney } from './lifecycle/order-money.ts';
import { createResidentOrdersRouter } from './lifecycle/resident-orders.router.ts';
import { createResidentOrdersService } from './lifecycle/resident-orders.service.ts';
import { createOrderRetention } from './order-retention.ts';
import { createOrdersRepository } from './orders.repository.ts';
import { createMunicipalityOrdersRouter } from './reports/municipality-orders.router.ts';
import { createMunicipalityOrdersService } from './reports/municipality-orders.service.ts';
import { createSalesRouter } from './reports/sales.router.ts';
import { createSalesService } from './reports/sales.service.ts';
import { createShopAccess } from './shop-orders/shop-access.ts';
import { createShopFulfilmentRouter } from './shop-orders/shop-fulfilment.router.ts';
import { createShopFulfilmentService } from './shop-orders/shop-fulfilment.service.ts';
import { createShopOrdersRouter } from './shop-orders/shop-orders.router.ts';
import { createShopOrdersService } from './shop-orders/shop-orders.service.ts';

/**
 * Orders, in four rooms over the module's tables (checkouts, shop_orders, order_lines,
 * order_status_events): the checkout and its card payment, the order lifecycle (the one door
 * for status changes, the card money they call for, the resident's own orders and history), the shop's orders and
 * fulfilment day, and the reports (a shop's sales, a municipality's oversight).
 */
export function createOrdersModule(deps: {
  database: Database;
  baskets: BasketService;
  stock: StockService;
  vatRates: VatRatesService;
  fulfilment: FulfilmentService;
  handovers: HandoverPort;
  /** The home-delivery modules' doors (decision 0020). */
  homeDelivery: HomeDeliveryOffers;
  households: HouseholdsPort;
  deliveryNotes: DeliveryNotesPort;
  shops: ShopDirectory;
  payments: PaymentsModule;
  mail: MailService;
  municipalities: MunicipalitiesService;
  /** Told of a card payment refunded outside the galleria (decision 0070). */
  regionAdmins: RegionAdmins;
  guestCookie: SessionCookie;
  publicUrl: string;
  logger: Logger;
  now: () => number;
}) {
  const { database, payments, now } = deps;
  const orders = createOrdersRepository(database.knex);
  const checkouts = createCheckoutsRepository(database.knex);
  // The shop's share goes to it less the fee of its home municipality's galleria.
  const money = createOrderMoney({
    orders,
    gateway: payments.gateway,
    payee: {
      accountOf: payments.connect.accountOf,
      feeOf: async (shopId) => {
        const shop = await deps.shops.find(shopId);
        return shop ? payments.platformFee.feeOf(shop.municipality_id) : 0;
      },
    },
    logger: deps.logger,
    now,
  });
  const lifecycle = createOrderLifecycle({
    orders,
    stock: deps.stock,
    transaction: database.transaction,
    settle: money.settle,
    now,
  });
  const cardPayments = payments.gateway
    ? createCardPayments({
        transaction: database.transaction,
        gateway: payments.gateway,
        canTakeCards: payments.connect.canTakeCards,
        checkouts,
        orders,
        lifecycle,
        money,
        shops: deps.shops,
        deliveryNotes: deps.deliveryNotes,
        mail: deps.mail,
        publicUrl: deps.publicUrl,
        logger: deps.logger,
        now,
      })
    : null;
  // Listed for the region whether or not cards are taken here (none without a gateway).
  const moneyTakenBack = createMoneyTakenBack({
    checkouts,
    orders,
    regionAdmins: deps.regionAdmins,
    mail: deps.mail,
    publicUrl: deps.publicUrl,
    regionId: deps.municipalities.regionId,
    now,
  });
  if (cardPayments) {
    for (const type of [
      'checkout.session.completed',
      'checkout.session.async_payment_succeeded',
    ] as const)
      payments.onEvent(type, (event, db) =>
        cardPayments.onPaid(event.object, db, paymentProviderOrigin(event.id)),
      );
    for (const type of [
      'checkout.session.expired',
      'checkout.session.async_payment_failed',
    ] as const)
      payments.onEvent(type, (event, db) =>
        cardPayments.onUnpaid(event.object, db, paymentProviderOrigin(event.id)),
      );
    payments.onEvent('refund.created', (event, db) =>
      moneyTakenBack.onRefundCreated(event.object, db),
    );
    payments.onEvent('charge.dispute.created', (event, db) =>
      moneyTakenBack.onDisputeCreated(event.object, db),
    );
  }
  const checkout = createCheckoutService({
    groupedTransaction: database.groupedTransaction,
    statementWrite: database.statementWrite,
    readTogether: database.readTogether,
    sendTogether: database.sendTogether,
    checkouts,
    // Reads before the transaction run on the reader connections, beside the writer.
    orders,
    baskets: deps.baskets,
    stock: deps.stock,
    handovers: deps.handovers,
    homeDelivery: deps.homeDelivery,
    households: deps.households,
    deliveryNotes: deps.deliveryNotes,
    fulfilmentOptions: deps.fulfilment.optionsForShops,
    fulfilmentShops: deps.fulfilment.shopsRead,
    vatRates: deps.vatRates,
    shops: deps.shops,
    cardPayments: cardPayments?.cardPayments ?? null,
    mail: deps.mail,
    publicUrl: deps.publicUrl,
    now,
  });
  const access = createShopAccess({
    shops: deps.shops,
    orders,
    deliveryNotes: deps.deliveryNotes,
  });
  const assisted = createAssistedCheckoutService({
    transaction: database.transaction,
    groupedTransaction: database.groupedTransaction,
    sendTogether: database.sendTogether,
    checkouts,
    orders,
    baskets: deps.baskets,
    stock: deps.stock,
    handovers: deps.handovers,
    homeDelivery: deps.homeDelivery,
    households: deps.households,
    deliveryNotes: deps.deliveryNotes,
    fulfilmentOptions: deps.fulfilment.optionsForShop,
    vatRates: deps.vatRates,
    shops: deps.shops,
    access,
    mail: deps.mail,
    publicUrl: deps.publicUrl,
    now,
  });
  const router = Router();
  router.use(
    createMunicipalityOrdersRouter({
      orders: createMunicipalityOrdersService({
        orders,
        municipalities: deps.municipalities,
      }),
    }),
  );
  router.use(createCheckoutRouter({ checkout, assisted, guestCookie: deps.guestCookie }));
  router.use(createMoneyTakenBackRouter({ moneyTakenBack }));
  router.use(
    createResidentOrdersRouter({
      orders: createResidentOrdersService({
        checkouts,
        orders,
        lifecycle,
        mail: deps.mail,
        shops: deps.shops,
        publicUrl: deps.publicUrl,
      }),
      guestCookie: deps.guestCookie,
    }),
  );
  router.use(
    createShopOrdersRouter({
      orders: createShopOrdersService({
        orders,
        checkouts,
        access,
        lifecycle,
        mail: deps.mail,
        publicUrl: deps.publicUrl,
      }),
    }),
  );
  router.use(
    createShopFulfilmentRouter({
      fulfilment: createShopFulfilmentService({
        orders,
        checkouts,
        access,
        lifecycle,
        mail: deps.mail,
        publicUrl: deps.publicUrl,
        now,
      }),
    }),
  );
  router.use(
    createSalesRouter({
      sales: createSalesService({ orders: createOrdersRepository(database.reader), access }),
    }),
  );
  return {
    checkout,
    lifecycle,
    router,
    /** Every minute: unpaid reservations past their limit, card money left undone. */
    housekeeping: () => cardPayments?.housekeeping() ?? money.settlePending(),
    /**
     * Hourly: orders past their seven years (decision 0057), and steps' network and device
     * after 540 days (decision 0016).
     */
    retention: createOrderRetention({
      transaction: database.transaction,
      orders,
      checkouts,
      deliveryNotes: deps.deliveryNotes,
      handovers: deps.handovers,
      now,
    }),
  };
}

export type OrdersModule = ReturnType<typeof createOrdersModule>;
