import type { Knex } from 'knex';

export type CheckoutRow = {
  id: string;
  user_id: string | null;
  guest_token_hash: string | null;
  contact_name: string;
  contact_email: string;
  contact_phone: string | null;
  locale: 'sv' | 'en';
  payment_method: 'pay_at_pickup' | 'card';
  status: 'awaiting_payment' | 'confirmed' | 'expired';
  total_ore: number;
  idempotency_scope: string | null;
  idempotency_key: string | null;
  request_hash: string | null;
  payment_session_id: string | null;
  payment_url: string | null;
  payment_intent_id: string | null;
  expires_at: number | null;
  created_at: number;
  updated_at: number;
};

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
  stock_reserved: boolean | number;
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

export function createCheckoutRepository(knex: Knex) {
  return {
    findByIdempotencyKey: (scope: string, key: string, db: Knex = knex) =>
      db<CheckoutRow>('checkouts')
        .where({ idempotency_scope: scope, idempotency_key: key })
        .first(),

    find: (id: string, db: Knex = knex) => db<CheckoutRow>('checkouts').where({ id }).first(),

    insert: (row: CheckoutRow, db: Knex) => db('checkouts').insert(row),

    ordersOf: (checkoutId: string, db: Knex = knex) =>
      db<ShopOrderRow>('shop_orders')
        .where({ checkout_id: checkoutId })
        .orderBy('created_at')
        .orderBy('id') as Promise<ShopOrderRow[]>,

    insertOrders: (rows: ShopOrderRow[], db: Knex) => db('shop_orders').insert(rows),
    insertLines: (rows: OrderLineRow[], db: Knex) => db('order_lines').insert(rows),
    insertEvents: (rows: StatusEventRow[], db: Knex) => db('order_status_events').insert(rows),

    linesOf: (orderIds: readonly string[], db: Knex = knex) =>
      db<OrderLineRow>('order_lines')
        .whereIn('order_id', orderIds)
        .orderBy('order_id')
        .orderBy('position') as Promise<OrderLineRow[]>,

    /** The open handover of one resident at one service point on one day, if any. */
    findOpenHandover: (
      servicePointId: string,
      pickupDate: string,
      contactEmail: string,
      db: Knex,
    ) =>
      db('handovers')
        .where({
          service_point_id: servicePointId,
          pickup_date: pickupDate,
          contact_email: contactEmail,
          status: 'open',
        })
        .first<{ id: string; code: string } | undefined>('id', 'code'),

    isCodeTaken: async (servicePointId: string, code: string, db: Knex) =>
      (await db('handovers').where({ service_point_id: servicePointId, code }).first('id')) !==
      undefined,

    insertHandover: (
      row: {
        id: string;
        service_point_id: string;
        pickup_date: string;
        user_id: string | null;
        contact_email: string;
        code: string;
        status: string;
        created_at: number;
        updated_at: number;
      },
      db: Knex,
    ) => db('handovers').insert(row),

    vatRatesOn: (date: string, db: Knex = knex) =>
      db('vat_rates')
        .where('valid_from', '<=', date)
        .where((where) => void where.whereNull('valid_to').orWhere('valid_to', '>=', date))
        .orderBy('valid_from', 'desc')
        .select<{ vat_class: string; rate_basis_points: number }[]>(
          'vat_class',
          'rate_basis_points',
        ),
  };
}

export type CheckoutRepository = ReturnType<typeof createCheckoutRepository>;
