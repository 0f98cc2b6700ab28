import type { Knex } from 'knex';
import type { CheckoutRow, OrderLineRow, ShopOrderRow } from './checkout.repository.ts';

/** An order with what its views show beside it: shop, place, code and the customer. */
export type OrderViewRow = ShopOrderRow & {
  shop_slug: string;
  shop_name: string;
  shop_village: string | null;
  shop_municipality_slug: string;
  service_point_name: string | null;
  service_point_village: string | null;
  pickup_code: string | null;
  contact_name: string;
  contact_email: string;
  contact_phone: string | null;
  payment_method: string;
};

export type ShopOrderFilter = {
  statuses?: readonly string[] | undefined;
  servicePointId?: string | undefined;
  pickupDate?: string | undefined;
  orderIds?: readonly string[] | undefined;
};

export type OrderEventRow = {
  order_id: string;
  to_status: string;
  event: string;
  actor_kind: string;
  reason: string | null;
  at: number;
  /** The person who fired it, when a person did (the resident, the shop, the operator). */
  actor_name: string | null;
  /** From where (null on steps recorded before it was kept): see server/src/http/request-origin.ts. */
  channel: string | null;
  ip: string | null;
  device: string | null;
};

/** Newest first from a keyset position, one more than `limit` to tell whether more follow. */
function newestFirst(
  query: Knex.QueryBuilder,
  before: { at: number; id: string } | null,
  limit: number,
): Promise<OrderViewRow[]> {
  if (before)
    void query.where((keyset) => {
      void keyset
        .where('o.created_at', '<', before.at)
        .orWhere((tie) => void tie.where('o.created_at', before.at).where('o.id', '<', before.id));
    });
  return query
    .orderBy('o.created_at', 'desc')
    .orderBy('o.id', 'desc')
    .limit(limit + 1) as Promise<OrderViewRow[]>;
}

export function createOrdersRepository(knex: Knex) {
  function views(db: Knex = knex) {
    return db('shop_orders as o')
      .join('checkouts as c', 'c.id', 'o.checkout_id')
      .join('shops as s', 's.id', 'o.shop_id')
      .join('municipalities as sm', 'sm.id', 's.municipality_id')
      .leftJoin('service_points as sp', 'sp.id', 'o.service_point_id')
      .leftJoin('handovers as h', 'h.id', 'o.handover_id')
      .select(
        'o.*',
        's.slug as shop_slug',
        's.name as shop_name',
        's.village as shop_village',
        'sm.slug as shop_municipality_slug',
        'sp.name as service_point_name',
        'sp.village as service_point_village',
        'h.code as pickup_code',
        'c.contact_name',
        'c.contact_email',
        'c.contact_phone',
        'c.payment_method',
      );
  }

  /** A shop's orders narrowed as its screen asks; orders awaiting payment are not theirs yet. */
  function filtered(shopId: string, filter: ShopOrderFilter, db: Knex = knex) {
    const query = views(db)
      .where('o.shop_id', shopId)
      .whereNotIn('o.status', ['awaiting_payment', 'expired']);
    if (filter.statuses !== undefined) void query.whereIn('o.status', filter.statuses);
    if (filter.servicePointId !== undefined)
      void query.where('o.service_point_id', filter.servicePointId);
    if (filter.pickupDate !== undefined) void query.where('o.pickup_date', filter.pickupDate);
    if (filter.orderIds !== undefined) void query.whereIn('o.id', filter.orderIds);
    return query;
  }

  return {
    viewsOfCheckout: (checkoutId: string, db: Knex = knex) =>
      views(db)
        .where('o.checkout_id', checkoutId)
        .orderBy('o.created_at')
        .orderBy('o.id') as Promise<OrderViewRow[]>,

    viewsOfCheckouts: (checkoutIds: readonly string[]) =>
      views()
        .whereIn('o.checkout_id', checkoutIds)
        .orderBy('o.created_at')
        .orderBy('o.id') as Promise<OrderViewRow[]>,

    /** A shop's orders, newest first, keyset-paged; orders still awaiting payment are not theirs yet. */
    viewsOfShop: (
      shopId: string,
      filter: ShopOrderFilter & { before?: { at: number; id: string } | null },
      limit: number,
    ) => {
      return newestFirst(filtered(shopId, filter), filter.before ?? null, limit);
    },

    /**
     * The orders of every shop of a municipality, for its admins' oversight; newest first,
     * keyset-paged. Orders awaiting payment are nobody's yet.
     */
    viewsOfMunicipality: (
      municipalityId: string,
      filter: {
        statuses?: readonly string[] | undefined;
        before: { at: number; id: string } | null;
      },
      limit: number,
    ) => {
      const query = views()
        .where('s.municipality_id', municipalityId)
        .whereNotIn('o.status', ['awaiting_payment', 'expired']);
      if (filter.statuses !== undefined) void query.whereIn('o.status', filter.statuses);
      return newestFirst(query, filter.before, limit);
    },

    /** Orders of a shop for the pick list or a handover, oldest first, at most `limit`. */
    viewsMatching: (shopId: string, filter: ShopOrderFilter, limit: number, db: Knex = knex) =>
      filtered(shopId, filter, db).orderBy('o.created_at').orderBy('o.id').limit(limit) as Promise<
        OrderViewRow[]
      >,

    /** The status history of orders, oldest first: the resident's timeline and the shop's log. */
    eventsOf: (orderIds: readonly string[]) =>
      knex('order_status_events as e')
        .leftJoin('users as u', 'u.id', 'e.actor_user_id')
        .whereIn('e.order_id', orderIds)
        .orderBy('e.at')
        .orderBy('e.id')
        .select<OrderEventRow[]>(
          'e.order_id',
          'e.to_status',
          'e.event',
          'e.actor_kind',
          'e.reason',
          'e.at',
          'u.name as actor_name',
          'e.channel',
          'e.ip',
          'e.device',
        ),

    viewOfShopOrder: (shopId: string, orderId: string) =>
      views().where('o.shop_id', shopId).where('o.id', orderId).first() as Promise<
        OrderViewRow | undefined
      >,

    linesOf: (orderIds: readonly string[], db: Knex = knex) =>
      db<OrderLineRow>('order_lines')
        .whereIn('order_id', orderIds)
        .orderBy('order_id')
        .orderBy('position') as Promise<OrderLineRow[]>,

    /**
     * Moves an order from one of `from` to `to`; false when it was not in one of them (another
     * request moved it first), which makes every side effect of a transition happen once.
     */
    async move(
      orderId: string,
      from: readonly string[],
      changes: { status: string; decline_reason?: string | null; updated_at: number },
      db: Knex,
    ): Promise<boolean> {
      const updated = await db('shop_orders')
        .where('id', orderId)
        .whereIn('status', from)
        .update(changes);
      return updated === 1;
    },

    /** A resident's checkouts, newest first, keyset-paged (one more than `limit`). */
    checkoutsOfUser: (userId: string, before: { at: number; id: string } | null, limit: number) => {
      const query = knex<CheckoutRow>('checkouts')
        .where({ user_id: userId })
        .whereNot('status', 'expired');
      if (before)
        void query.where((keyset) => {
          void keyset
            .where('created_at', '<', before.at)
            .orWhere((tie) => void tie.where('created_at', before.at).where('id', '<', before.id));
        });
      return query
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit + 1)
        .select<CheckoutRow[]>('*');
    },
  };
}

export type OrdersRepository = ReturnType<typeof createOrdersRepository>;
