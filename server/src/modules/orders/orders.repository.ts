import type { Locale } from '@e-galleria/shared/locales';
import type { Knex } from 'knex';
import { localInstant } from '@e-galleria/shared/local-time';
import { stockReleasingStatuses } from '@e-galleria/shared/order-status';
import { readBooleans } from '../../db/booleans.ts';
import { keepPrepared, whereInList } from '../../db/prepared-statements.ts';
import { insertPartOf, type WritePart } from '../../db/write-parts.ts';

export type ShopOrderRow = {
  id: string;
  checkout_id: string;
  shop_id: string;
  user_id: string | null;
  status: string;
  fulfilment_method: string;
  service_point_id: string | null;
  pickup_date: string | null;
  ready_at: number | null;
  handover_id: string | null;
  parcel_code: string | null;
  total_ore: number;
  decline_reason: string | null;
  transfer_id: string | null;
  transfer_ore: number | null;
  refund_id: string | null;
  transfer_reversal_id: string | null;
  created_at: number;
  updated_at: number;
};

export type OrderLineRow = {
  id: string;
  order_id: string;
  product_id: string;
  variant_id: string;
  title: string;
  variant_name: string | null;
  quantity: number;
  unit_price_ore: number;
  line_total_ore: number;
  vat_class: string;
  vat_rate_basis_points: number;
  storage_class: string;
  stock_reserved: boolean;
  slot_start: number | null;
  slot_end: number | null;
  position: number;
};

export type StatusEventRow = {
  id: string;
  order_id: string;
  from_status: string | null;
  to_status: string;
  event: string;
  actor_user_id: string | null;
  actor_kind: string;
  request_id: string | null;
  channel: string | null;
  ip: string | null;
  device: string | null;
  reason: string | null;
  at: number;
};

/** What an order costs besides its goods (the home-delivery fee). */
export type OrderChargeRow = {
  id: string;
  order_id: string;
  kind: 'home_delivery_fee';
  title: string;
  amount_ore: number;
  vat_class: string;
  vat_rate_basis_points: number;
};

/**
 * What of an order its lines, charges and status events carry a copy of, for the statistics'
 * indexes (decision 0045): set at checkout and never changed after.
 */
export type OrderPlacement = Pick<
  ShopOrderRow,
  'id' | 'shop_id' | 'created_at' | 'fulfilment_method' | 'service_point_id'
>;

/** The copies a line or charge of this order carries; throws if the order is not among them. */
function placedIn(orders: readonly OrderPlacement[], orderId: string): OrderPlacement {
  const order = orders.find((candidate) => candidate.id === orderId);
  if (!order) throw new Error(`Order ${orderId} is not among the orders written with its rows.`);
  return order;
}

const orderCopies = (order: OrderPlacement) => ({
  shop_id: order.shop_id,
  order_created_at: order.created_at,
});

/** The service point the order is picked up at, if it is (the parcels' statistics). */
const pickupPointOf = (order: OrderPlacement) =>
  order.fulfilment_method === 'pickup_at_service_point' ? order.service_point_id : null;

/** What an order holds: its lines (goods) and its charges (fees). */
export type OrderContents = { lines: OrderLineRow[]; charges: OrderChargeRow[] };

/** A card order with what moving its money needs: the payment and the shop's account. */
export type CardOrderRow = {
  id: string;
  checkout_id: string;
  shop_id: string;
  status: string;
  total_ore: number;
  transfer_id: string | null;
  transfer_ore: number | null;
  refund_id: string | null;
  transfer_reversal_id: string | null;
  payment_intent_id: string | null;
};

/** One sold line with its order's money, for a shop's sales figures. */
export type SoldLineRow = {
  order_id: string;
  created_at: number;
  order_total_ore: number;
  transfer_ore: number | null;
  payment_method: string;
  line_total_ore: number;
  vat_rate_basis_points: number;
};

const lineOf = readBooleans<OrderLineRow>('stock_reserved');

/** An order with what its views show beside it: shop, place, code and the customer. */
/**
 * Every column of `shop_orders`, named: a statement kept prepared must not select `*`
 * (prepared-statements.ts). The type makes a column added to ShopOrderRow show up here.
 */
const shopOrderColumns = Object.keys({
  id: true,
  checkout_id: true,
  shop_id: true,
  user_id: true,
  status: true,
  fulfilment_method: true,
  service_point_id: true,
  pickup_date: true,
  ready_at: true,
  handover_id: true,
  parcel_code: true,
  total_ore: true,
  decline_reason: true,
  transfer_id: true,
  transfer_ore: true,
  refund_id: true,
  transfer_reversal_id: true,
  created_at: true,
  updated_at: true,
} satisfies Record<keyof ShopOrderRow, true>).map((column) => `o.${column}`);

export type OrderViewRow = ShopOrderRow & {
  shop_slug: string;
  shop_name: string;
  shop_village: string | null;
  shop_municipality_slug: string;
  shop_content_locale: Locale;
  service_point_name: string | null;
  service_point_village: string | null;
  pickup_code: string | null;
  contact_name: string;
  contact_email: string;
  contact_phone: string | null;
  payment_method: string;
  /** The staff member who took the order by phone, when a shop placed it. */
  placed_by_name: string | null;
};

export type ShopOrderFilter = {
  statuses?: readonly string[] | undefined;
  /** Booked times only, or none (decision 0067); both when undefined. */
  bookings?: 'only' | 'excluded' | undefined;
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

/** In order of placing from a keyset position, one more than `limit` to tell whether more follow. */
function byPlacing(
  query: Knex.QueryBuilder,
  after: { at: number; id: string } | null,
  limit: number,
  order: 'newest_first' | 'oldest_first' = 'newest_first',
): Promise<OrderViewRow[]> {
  const [comparison, direction] = order === 'newest_first' ? ['<', 'desc'] : ['>', 'asc'];
  if (after)
    void query.where((keyset) => {
      void keyset
        .where('o.created_at', comparison, after.at)
        .orWhere(
          (tie) => void tie.where('o.created_at', after.at).where('o.id', comparison, after.id),
        );
    });
  return query
    .orderBy('o.created_at', direction)
    .orderBy('o.id', direction)
    .limit(limit + 1) as Promise<OrderViewRow[]>;
}

function cardOrders(db: Knex) {
  return db('shop_orders as o')
    .join('checkouts as c', 'c.id', 'o.checkout_id')
    .where('c.payment_method', 'card')
    .whereNotNull('c.payment_intent_id')
    .select<CardOrderRow[]>(
      'o.id',
      'o.checkout_id',
      'o.shop_id',
      'o.status',
      'o.total_ore',
      'o.transfer_id',
      'o.transfer_ore',
      'o.refund_id',
      'o.transfer_reversal_id',
      'c.payment_intent_id',
    );
}

/** Shop orders, their lines and their status history, and how the screens read them. */
export function createOrdersRepository(knex: Knex) {
  async function linesOf(orderIds: readonly string[], db: Knex = knex): Promise<OrderLineRow[]> {
    const rows = await db('order_lines')
      .whereIn('order_id', orderIds)
      .orderBy('order_id')
      .orderBy('position')
      .select<OrderLineRow[]>('*');
    return rows.map(lineOf);
  }

  function chargesOf(orderIds: readonly string[], db: Knex = knex) {
    return db('order_charges')
      .whereIn('order_id', orderIds)
      .orderBy('order_id')
      .orderBy('id')
      .select<OrderChargeRow[]>('*');
  }

  function views(db: Knex = knex) {
    return db('shop_orders as o')
      .join('checkouts as c', 'c.id', 'o.checkout_id')
      .join('shops as s', 's.id', 'o.shop_id')
      .join('municipalities as sm', 'sm.id', 's.municipality_id')
      .leftJoin('service_points as sp', 'sp.id', 'o.service_point_id')
      .leftJoin('handovers as h', 'h.id', 'o.handover_id')
      .select(
        ...shopOrderColumns,
        's.slug as shop_slug',
        's.name as shop_name',
        's.village as shop_village',
        'sm.slug as shop_municipality_slug',
        's.content_locale as shop_content_locale',
        'sp.name as service_point_name',
        'sp.village as service_point_village',
        'h.code as pickup_code',
        'c.contact_name',
        'c.contact_email',
        'c.contact_phone',
        'c.payment_method',
        'c.placed_by_name',
      );
  }

  /**
   * Orders of a day by the shop's "Hämtdag": a service point's or a route's date; goods in the
   * shop by the Swedish day they are ready; booked times by the day they are booked for. Before,
   * only the first: a day's pickups in the shop and its bookings were never found.
   */
  function onPickupDay(db: Knex, date: string) {
    const start = localInstant(date, 0);
    const end = localInstant(date, 24 * 60);
    const bookedLines = (slotsOnDay: boolean) =>
      db('order_lines as l')
        .select(db.raw('1'))
        .whereRaw('l.order_id = o.id')
        .whereNotNull('l.slot_start')
        .modify((lines: Knex.QueryBuilder) => {
          if (slotsOnDay)
            void lines.where('l.slot_start', '>=', start).where('l.slot_start', '<', end);
        });
    return (day: Knex.QueryBuilder) => {
      void day
        .where('o.pickup_date', date)
        .orWhere((inShop) => {
          void inShop
            .whereNull('o.pickup_date')
            .where('o.ready_at', '>=', start)
            .where('o.ready_at', '<', end)
            .whereNotExists(bookedLines(false));
        })
        .orWhereExists(bookedLines(true));
    };
  }

  /** A shop's orders narrowed as its screen asks; orders awaiting payment are not theirs yet. */
  function filtered(shopId: string, filter: ShopOrderFilter, db: Knex = knex) {
    const query = views(db)
      .where('o.shop_id', shopId)
      .whereNotIn('o.status', ['awaiting_payment', 'expired']);
    if (filter.statuses !== undefined) void query.whereIn('o.status', filter.statuses);
    // A booking is an order with no line that is not a booked time (shared/src/bookings.ts).
    const lineWithoutTime = db('order_lines as l')
      .select(db.raw('1'))
      .whereRaw('l.order_id = o.id')
      .whereNull('l.slot_start');
    if (filter.bookings === 'only') void query.whereNotExists(lineWithoutTime);
    if (filter.bookings === 'excluded') void query.whereExists(lineWithoutTime);
    if (filter.servicePointId !== undefined)
      void query.where('o.service_point_id', filter.servicePointId);
    if (filter.pickupDate !== undefined) void query.where(onPickupDay(db, filter.pickupDate));
    if (filter.orderIds !== undefined) void query.whereIn('o.id', filter.orderIds);
    return query;
  }

  return {
    viewsOfCheckout: (checkoutId: string, db: Knex = knex) =>
      keepPrepared(views(db))
        .where('o.checkout_id', checkoutId)
        .orderBy('o.created_at')
        .orderBy('o.id') as Promise<OrderViewRow[]>,

    /**
     * Kept prepared on PostgreSQL, the checkouts bound as one array (decision 0060): a
     * resident's confirmation page reads it after every checkout, and its six-table join cost
     * ten times more to plan than to run.
     */
    viewsOfCheckouts: (checkoutIds: readonly string[], db: Knex = knex) =>
      keepPrepared(views(db))
        .modify((query) => void whereInList(db, query, 'o.checkout_id', checkoutIds))
        .orderBy('o.created_at')
        .orderBy('o.id') as Promise<OrderViewRow[]>,

    /**
     * A shop's orders, keyset-paged newest or oldest first; orders still awaiting payment are
     * not theirs yet. `after`: the last order of the page before, in the list's `order`.
     */
    viewsOfShop: (
      shopId: string,
      filter: ShopOrderFilter & {
        after?: { at: number; id: string } | null;
        order?: 'newest_first' | 'oldest_first';
      },
      limit: number,
    ) => {
      return byPlacing(filtered(shopId, filter), filter.after ?? null, limit, filter.order);
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
      return byPlacing(query, filter.before, limit);
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

    linesOf,

    /** Each order's lines and charges, in their order: two statements for any number. */
    async contentsOf(
      orderIds: readonly string[],
      db: Knex = knex,
    ): Promise<Map<string, OrderContents>> {
      const [lines, charges] = await Promise.all([
        this.linesOf(orderIds, db),
        this.chargesOf(orderIds, db),
      ]);
      const contents = new Map<string, OrderContents>();
      const of = (orderId: string) => {
        const found = contents.get(orderId) ?? { lines: [], charges: [] };
        contents.set(orderId, found);
        return found;
      };
      for (const line of lines) of(line.order_id).lines.push(line);
      for (const charge of charges) of(charge.order_id).charges.push(charge);
      return contents;
    },

    /** Charges of these orders, each with its order's shop and time copied (decision 0045). */
    insertCharges: (orders: readonly OrderPlacement[], rows: OrderChargeRow[], db: Knex) =>
      rows.length === 0
        ? Promise.resolve()
        : db('order_charges').insert(
            rows.map((row) => ({ ...row, ...orderCopies(placedIn(orders, row.order_id)) })),
          ),

    chargesOf,
    /** Lines of these orders, each with its order's shop and time copied (decision 0045). */
    insertLines: (orders: readonly OrderPlacement[], rows: OrderLineRow[], db: Knex) =>
      db('order_lines').insert(
        rows.map((row) => ({ ...row, ...orderCopies(placedIn(orders, row.order_id)) })),
      ),
    /** Status events of these orders, each with its order's pickup point copied (0045). */
    insertEvents: (orders: readonly OrderPlacement[], rows: StatusEventRow[], db: Knex) =>
      db('order_status_events').insert(
        rows.map((row) => ({
          ...row,
          pickup_point_id: pickupPointOf(placedIn(orders, row.order_id)),
        })),
      ),

    /**
     * A checkout's orders with their lines, charges and first history rows, each carrying its
     * order's copies as insertLines/insertCharges/insertEvents write them (decision 0045). On PostgreSQL one
     * statement, each INSERT a part of its WITH: one round trip instead of four (decision
     * 0050); its foreign keys are checked at the statement's end, when every row is there. On
     * SQLite the four INSERTs go to the writer together (decision 0017).
     */
    /**
     * A checkout's orders, lines, charges and first history rows, built to be sent with its
     * other writes (`sendParts`: one statement on PostgreSQL, decisions 0050 and 0052).
     */
    checkoutOrderParts(
      rows: {
        orders: readonly ShopOrderRow[];
        lines: readonly OrderLineRow[];
        charges: readonly OrderChargeRow[];
        events: readonly StatusEventRow[];
      },
      db: Knex,
    ): WritePart[] {
      const inserts: [string, readonly object[]][] = [
        ['shop_orders', rows.orders],
        [
          'order_lines',
          rows.lines.map((row) => ({
            ...row,
            ...orderCopies(placedIn(rows.orders, row.order_id)),
          })),
        ],
        [
          'order_charges',
          rows.charges.map((row) => ({
            ...row,
            ...orderCopies(placedIn(rows.orders, row.order_id)),
          })),
        ],
        [
          'order_status_events',
          rows.events.map((row) => ({
            ...row,
            pickup_point_id: pickupPointOf(placedIn(rows.orders, row.order_id)),
          })),
        ],
      ];
      return inserts
        .filter(([, tableRows]) => tableRows.length > 0)
        .map(([table, tableRows]) => insertPartOf(db, table, tableRows));
    },

    ofCheckout: (checkoutId: string, db: Knex = knex) =>
      db<ShopOrderRow>('shop_orders')
        .where({ checkout_id: checkoutId })
        .orderBy('created_at')
        .orderBy('id') as Promise<ShopOrderRow[]>,

    /** An order's status and placement, of this shop when `shopId` is given. */
    statusOf: (orderId: string, shopId: string | undefined, db: Knex) => {
      const query = db('shop_orders').where({ id: orderId });
      if (shopId !== undefined) void query.where({ shop_id: shopId });
      return query.first<(OrderPlacement & { status: string }) | undefined>(
        'id',
        'status',
        'shop_id',
        'created_at',
        'fulfilment_method',
        'service_point_id',
      );
    },

    /** Seats of a service's slots booked by orders that still hold them. */
    bookedSeats: (productId: string, slotStarts: readonly number[], db: Knex = knex) =>
      db('order_lines as l')
        .join('shop_orders as o', 'o.id', 'l.order_id')
        .where('l.product_id', productId)
        .whereIn('l.slot_start', slotStarts)
        .whereNotIn('o.status', stockReleasingStatuses)
        .groupBy('l.slot_start')
        .select<{ slot_start: number | string; seats: number | string }[]>(
          'l.slot_start',
          db.raw('sum(l.quantity) as seats'),
        ),

    /**
     * A shop's sold lines created in [from, until), oldest first; its fees (charges) count as
     * lines too, each at its own VAT rate.
     */
    async soldLines(
      shopId: string,
      range: { from: number; until: number; unsoldStatuses: readonly string[] },
    ): Promise<SoldLineRow[]> {
      const sold = (table: 'order_lines' | 'order_charges', amount: string) =>
        knex(`${table} as l`)
          .join('shop_orders as o', 'o.id', 'l.order_id')
          .join('checkouts as c', 'c.id', 'o.checkout_id')
          .where('o.shop_id', shopId)
          .whereNotIn('o.status', range.unsoldStatuses)
          .where('o.created_at', '>=', range.from)
          .where('o.created_at', '<', range.until)
          .orderBy('o.created_at')
          .orderBy('l.order_id')
          .select<SoldLineRow[]>(
            'l.order_id',
            'o.created_at',
            'o.total_ore as order_total_ore',
            'o.transfer_ore',
            'c.payment_method',
            `l.${amount} as line_total_ore`,
            'l.vat_rate_basis_points',
          );
      const [goods, fees] = await Promise.all([
        sold('order_lines', 'line_total_ore'),
        sold('order_charges', 'amount_ore'),
      ]);
      return [...goods, ...fees];
    },

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

    /** A paid card order (null if it is not one), with what moving its money needs. */
    cardOrder: (orderId: string) => cardOrders(knex).where('o.id', orderId).first(),

    /** Card orders whose money is owed: a transfer, a refund or a reversal left undone. */
    cardOrdersOwed: (statuses: { shopPaid: readonly string[]; ended: readonly string[] }) =>
      cardOrders(knex).where((where) => {
        void where
          .where(
            (owed) =>
              void owed.whereIn('o.status', [...statuses.shopPaid]).whereNull('o.transfer_id'),
          )
          .orWhere(
            (refundable) =>
              void refundable.whereIn('o.status', [...statuses.ended]).whereNull('o.refund_id'),
          )
          .orWhere(
            (transferred) =>
              void transferred
                .whereIn('o.status', [...statuses.ended])
                .whereNotNull('o.transfer_id')
                .whereNull('o.transfer_reversal_id'),
          );
      }),

    /** Each money column is written once: a second call changes nothing. */
    async recordMoney(
      orderId: string,
      money:
        | { transfer_id: string; transfer_ore: number }
        | { transfer_reversal_id: string }
        | { refund_id: string },
      at: number,
    ): Promise<void> {
      const column = Object.keys(money)[0] ?? 'transfer_id';
      await knex('shop_orders')
        .where({ id: orderId })
        .whereNull(column)
        .update({ ...money, updated_at: at });
    },

    /** Whether an order ever went through `event` (its history says so). */
    /** Retention (decision 0057): orders placed before `before`, the oldest first. */
    placedBefore: (before: number, limit: number, db: Knex = knex) =>
      db('shop_orders')
        .where('created_at', '<', before)
        .orderBy('created_at')
        .orderBy('id')
        .limit(limit)
        .select<{ id: string; checkout_id: string; handover_id: string | null }[]>(
          'id',
          'checkout_id',
          'handover_id',
        ),

    /**
     * Clears the network address and kind of device of at most `limit` steps taken before
     * `before`, the oldest first; answers how many.
     */
    clearOriginsBefore: (before: number, limit: number, db: Knex = knex): Promise<number> =>
      db('order_status_events')
        .whereIn(
          'id',
          db('order_status_events')
            .where('at', '<', before)
            // The partial index's own condition, so the planner can use it.
            .whereRaw('(ip IS NOT NULL OR device IS NOT NULL)')
            .orderBy('at')
            .limit(limit)
            .select('id'),
        )
        .update({ ip: null, device: null }),

    /** Erases orders with their lines, steps and charges (the foreign keys cascade). */
    erase: (orderIds: readonly string[], db: Knex) =>
      db('shop_orders').whereIn('id', orderIds).delete(),

    async hasEvent(orderId: string, event: string): Promise<boolean> {
      const row = await knex('order_status_events')
        .where({ order_id: orderId, event })
        .first<{ id: string } | undefined>('id');
      return row !== undefined;
    },
  };
}

export type OrdersRepository = ReturnType<typeof createOrdersRepository>;
