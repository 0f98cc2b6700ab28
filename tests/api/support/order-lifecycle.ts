import type supertest from 'supertest';
import { expect } from 'vitest';
import type { StandInSession } from '../../support/stripe-stand-in-api.ts';
import type { StripeStandIn } from '../../support/stripe-stand-in.ts';
import { contact, createCheckoutShop, createGood, type CheckoutShop } from './checkout.ts';
import { createCarrier, type CarrierFixture } from './deliveries.ts';
import { optInToHomeDelivery, settingsBody } from './home-delivery.ts';
import { laisvallIdOf } from './orders.ts';
import { connectShopToStripe } from './stripe.ts';
import type { TestApp } from './test-app.ts';

/**
 * One run of the order-lifecycle property: a fresh small world of a new tracked good in each
 * of two shops connected to Stripe, and a new resident's checkouts of them — built through
 * the API as people would, so the commands that follow meet the real server in a real state.
 * The people (shops, operator, municipality admin) are made once per file: logins are rate
 * limited per address, and every run counts only its own goods, orders and money.
 */

export type FulfilmentMethod = 'pickup_in_shop' | 'pickup_at_service_point' | 'home_delivery';

/** What a card checkout's payment does while the world is set up. */
export type CardPayment = 'paid' | 'paid_event_delayed' | 'unpaid';

export type CheckoutPlan = {
  shops: readonly number[];
  methods: readonly [FulfilmentMethod, FulfilmentMethod];
  quantity: number;
  payment: 'card' | 'pay_at_pickup';
  /** Only for `payment: 'card'`. */
  cardPayment: CardPayment;
};

export type ScenarioPlan = {
  feeBasisPoints: number;
  goods: readonly { priceOre: number; stock: number }[];
  checkouts: readonly CheckoutPlan[];
};

export type WorldShop = CheckoutShop & { staff: supertest.Agent; accountId: string };

export type WorldCheckout = {
  id: string;
  /** Each checkout is its own browser; all share one e-mail, so parcels share handovers. */
  buyer: supertest.Agent;
  payment: 'card' | 'pay_at_pickup';
  sessionId: string | null;
  /** Paid at Stripe, its `checkout.session.completed` not yet sent. */
  delayedPaidSession: StandInSession | null;
};

export type WorldOrder = {
  id: string;
  checkout: WorldCheckout;
  shopIndex: number;
  method: FulfilmentMethod;
  parcelCode: string | null;
  handoverId: string | null;
};

export type SentEvent = { id: string; type: string; object: unknown };

/** The people every run shares. */
export type Cast = {
  shops: WorldShop[];
  operator: supertest.Agent;
  municipalityAdmin: supertest.Agent;
  servicePointId: string;
  /** Two carriers driving Laisvall every day for both shops, each with a driver. */
  carriers: CarrierFixture[];
};

/** Laisvall, in the demo zone "Laisvall och Adolfström" (demo-home-delivery.ts). */
export const homeAddress = {
  streetAddress: 'Storvägen 20',
  postalCode: '930 93',
  village: 'Laisvall',
  phone: '070-174 06 50',
};

export async function createCast(t: TestApp, standIn: StripeStandIn): Promise<Cast> {
  const shops: WorldShop[] = [];
  for (const index of [0, 1]) {
    const shop = await createCheckoutShop(t, { name: `Livscykelbutik ${index}` });
    const accountId = await connectShopToStripe(t, standIn, shop.owner, shop.id);
    shops.push({ ...shop, staff: await t.loginAs(shop.staffEmail), accountId });
  }
  const municipalityAdmin = await t.loginAs('kommun@arjeplog.example.se');
  // Every household may have it, approved or not: the residents here are guests.
  const settings = await municipalityAdmin
    .put('/api/v1/admin/municipalities/arjeplog/home-delivery/settings')
    .send(settingsBody({ eligibility: 'everyone' }));
  expect(settings.status, JSON.stringify(settings.body)).toBe(200);
  const zoneId = await optInToHomeDelivery(t, shops, 'Laisvall och Adolfström');
  const carriers: CarrierFixture[] = [];
  for (const name of ['Livscykelbud A', 'Livscykelbud B'])
    carriers.push(
      await createCarrier(t, {
        name,
        zones: [{ zoneId, weekdays: [1, 2, 3, 4, 5, 6, 7] }],
        shops,
      }),
    );
  return {
    shops,
    carriers,
    operator: await t.loginAs('ombud@laisvall.example.se'),
    municipalityAdmin,
    servicePointId: await laisvallIdOf(t),
  };
}

export type World = {
  t: TestApp;
  standIn: StripeStandIn;
  plan: ScenarioPlan;
  shops: WorldShop[];
  goods: { productId: string; variantId: string; initialStock: number }[];
  checkouts: WorldCheckout[];
  orders: WorldOrder[];
  operator: supertest.Agent;
  servicePointId: string;
  carriers: CarrierFixture[];
  /** Webhook events sent so far, for replays. */
  sentEvents: SentEvent[];
  /** Operator client ids used so far (a replay reuses one). */
  clientIds: string[];
  /** `${clientId} ${orderId} ${event}` of counter moves that happened (not replays). */
  counterMoves: Set<string>;
  /** Handover confirmations that happened: client id → handover id. */
  confirmations: Map<string, string>;
  /** Client ids the carriers' phones used so far (a replay reuses one). */
  deliveryClientIds: string[];
  /** Carrier commands that happened: client id → what it did. */
  deliveryCommands: Map<string, { orderId: string; kind: 'deliver' | 'fail'; carrierId: string }>;
  /** What the drivers said they took at the door, per order, each time it was accepted. */
  amountsTaken: Map<string, number[]>;
  /** What happened, for the report of a failing run. */
  log: string[];
};

let runNumber = 0;

/** Sends a signed webhook through the stand-in and remembers it for replays. */
export async function sendEvent(world: World, type: string, object: unknown, id?: string) {
  const status = await world.standIn.sendEvent(type, object, id === undefined ? {} : { id });
  const sent = world.standIn.deliveries.at(-1);
  if (id === undefined && sent) world.sentEvents.push({ id: sent.eventId, type, object });
  expect(status, `${type} webhook`).toBe(200);
}

export async function createWorld(
  t: TestApp,
  standIn: StripeStandIn,
  cast: Cast,
  plan: ScenarioPlan,
): Promise<World> {
  runNumber += 1;
  // Runs start at the real time: Stripe's stand-in checks a session's limit against it.
  t.clock.advance(Date.now() - t.clock.now());
  const fee = await cast.municipalityAdmin
    .put('/api/v1/admin/municipalities/arjeplog/platform-fee')
    .send({ feeBasisPoints: plan.feeBasisPoints });
  expect(fee.status).toBe(200);

  const { shops } = cast;
  const goods: World['goods'] = [];
  for (const [index, good] of plan.goods.entries()) {
    const shop = shops[index];
    if (!shop) throw new Error(`no shop ${index}`);
    const productId = await createGood(shop, {
      title: `Vara ${runNumber}-${index}`,
      priceOre: good.priceOre,
      stock: good.stock,
    });
    const variant = await t.database
      .knex('product_variants')
      .where({ product_id: productId })
      .first<{ id: string }>('id');
    goods.push({ productId, variantId: variant.id, initialStock: good.stock });
  }

  const world: World = {
    t,
    standIn,
    plan,
    shops,
    goods,
    checkouts: [],
    orders: [],
    operator: cast.operator,
    servicePointId: cast.servicePointId,
    carriers: cast.carriers,
    sentEvents: [],
    clientIds: [],
    counterMoves: new Set(),
    confirmations: new Map(),
    deliveryClientIds: [],
    deliveryCommands: new Map(),
    amountsTaken: new Map(),
    log: [],
  };
  const email = `boende-${runNumber}-${Date.now()}@example.se`;
  for (const checkoutPlan of plan.checkouts) await placeCheckout(world, checkoutPlan, email);
  return world;
}

/** A checkout as the resident makes it; one refused for want of stock is simply not there. */
async function placeCheckout(world: World, plan: CheckoutPlan, email: string) {
  const { t, standIn } = world;
  const buyer = t.agent();
  for (const shopIndex of plan.shops) {
    const good = world.goods[shopIndex];
    if (!good) throw new Error(`no good for shop ${shopIndex}`);
    const added = await buyer
      .post('/api/v1/basket/items')
      .send({ productId: good.productId, quantity: plan.quantity });
    if (added.status !== 201) {
      expect(added.status, JSON.stringify(added.body)).toBe(409);
      world.log.push(`checkout not placed: ${added.body.code}`);
      return;
    }
  }
  const response = await buyer.post('/api/v1/checkout').send({
    contact: { ...contact, email },
    fulfilments: plan.shops.map((shopIndex) => {
      const shop = world.shops[shopIndex];
      if (!shop) throw new Error(`no shop ${shopIndex}`);
      switch (plan.methods[shopIndex]) {
        case 'home_delivery':
          return { shopId: shop.id, method: 'home_delivery', address: homeAddress };
        case 'pickup_at_service_point':
          return {
            shopId: shop.id,
            method: 'pickup_at_service_point',
            servicePointId: world.servicePointId,
          };
        default:
          return { shopId: shop.id, method: 'pickup_in_shop' };
      }
    }),
    payment: plan.payment,
  });
  if (response.status !== 201) {
    expect(response.status, JSON.stringify(response.body)).toBe(409);
    expect(response.body.code).toBe('out_of_stock');
    world.log.push('checkout not placed: out_of_stock');
    return;
  }
  const checkoutId = response.body.checkout.id as string;
  const row = await t.database
    .knex('checkouts')
    .where({ id: checkoutId })
    .first<{ payment_session_id: string | null }>('payment_session_id');
  const checkout: WorldCheckout = {
    id: checkoutId,
    buyer,
    payment: plan.payment,
    sessionId: row.payment_session_id,
    delayedPaidSession: null,
  };
  world.checkouts.push(checkout);
  for (const order of response.body.checkout.orders as { id: string; shopId: string }[]) {
    const shopIndex = world.shops.findIndex((shop) => shop.id === order.shopId);
    const placed = await t.database
      .knex('shop_orders')
      .where({ id: order.id })
      .first<{ parcel_code: string | null; handover_id: string | null }>(
        'parcel_code',
        'handover_id',
      );
    world.orders.push({
      id: order.id,
      checkout,
      shopIndex,
      method: plan.methods[shopIndex] ?? 'pickup_in_shop',
      parcelCode: placed.parcel_code,
      handoverId: placed.handover_id,
    });
  }
  world.log.push(
    `checkout ${world.checkouts.length - 1}: ${plan.payment}${plan.payment === 'card' ? ` (${plan.cardPayment})` : ''}, ` +
      plan.shops.map((shopIndex) => `shop ${shopIndex} ${plan.methods[shopIndex]}`).join(', ') +
      ` × ${plan.quantity}`,
  );
  if (plan.payment !== 'card' || checkout.sessionId === null) return;
  if (plan.cardPayment === 'paid') {
    const session = await standIn.payCheckout(checkout.sessionId, { withoutEvent: true });
    await sendEvent(world, 'checkout.session.completed', session);
  } else if (plan.cardPayment === 'paid_event_delayed') {
    checkout.delayedPaidSession = await standIn.payCheckout(checkout.sessionId, {
      withoutEvent: true,
    });
  }
}
