import type { Locale } from '@e-galleria/shared/locales';
import type { Knex } from 'knex';
import { goneStatuses } from '@e-galleria/shared/counter-rules';

/** A parcel as the counter sees it: the order, its shop, the resident and the handover. */
export type ParcelRow = {
  id: string;
  parcel_code: string;
  status: string;
  shop_id: string;
  shop_name: string;
  checkout_id: string;
  contact_name: string;
  contact_email: string;
  contact_phone: string | null;
  locale: Locale;
  payment_method: 'pay_at_pickup' | 'card';
  total_ore: number;
  pickup_date: string;
  handover_id: string;
  handover_code: string;
  handover_pickup_date: string;
  handover_last_day: string | null;
};

export type HandoverRow = {
  id: string;
  service_point_id: string;
  pickup_date: string;
  contact_email: string;
  code: string;
  status: string;
  ready_at: number | null;
  last_day: string | null;
  notified_at: number | null;
  reminded_at: number | null;
  collected_at: number | null;
};

export type ConfirmationRow = {
  id: string;
  handover_id: string;
  operator_user_id: string | null;
  payment_taken_ore: number;
  confirmed_at: number;
};

function parcels(db: Knex) {
  return db('shop_orders as o')
    .join('checkouts as c', 'c.id', 'o.checkout_id')
    .join('shops as s', 's.id', 'o.shop_id')
    .join('handovers as h', 'h.id', 'o.handover_id')
    .whereNotNull('o.parcel_code')
    .select(
      'o.id',
      'o.parcel_code',
      'o.status',
      'o.shop_id',
      's.name as shop_name',
      'o.checkout_id',
      'c.contact_name',
      'c.contact_email',
      'c.contact_phone',
      'c.locale',
      'c.payment_method',
      'o.total_ore',
      'o.pickup_date',
      'h.id as handover_id',
      'h.code as handover_code',
      'h.pickup_date as handover_pickup_date',
      'h.last_day as handover_last_day',
    );
}

export function createCounterRepository(knex: Knex) {
  return {
    /**
     * What the counter expects and keeps: everything that has arrived and waits, whatever its
     * date; parcels on their way (or still at the shop) due in the range; and those on their
     * way whose day has passed before `today`: they are late and may turn up any moment.
     */
    listParcels: (
      servicePointId: string,
      range: { today: string; from: string; until: string },
      db: Knex = knex,
    ) =>
      parcels(db)
        .where('o.service_point_id', servicePointId)
        .where((where) => {
          void where
            .whereIn('o.status', ['arrived', 'ready_for_pickup'])
            .orWhere(
              (coming) =>
                void coming
                  .whereIn('o.status', ['placed', 'accepted', 'packed', 'in_transit'])
                  .where(
                    (due) =>
                      void due
                        .whereBetween('o.pickup_date', [range.from, range.until])
                        .orWhere('o.pickup_date', '<', range.today),
                  ),
            );
        })
        .orderBy('o.pickup_date')
        .orderBy('c.contact_name')
        .orderBy('o.id') as Promise<ParcelRow[]>,

    /** A parcel by its label's code, only at this point: a code of another point opens nothing. */
    findParcelByCode: (servicePointId: string, parcelCode: string, db: Knex = knex) =>
      parcels(db)
        .where('o.service_point_id', servicePointId)
        .where('o.parcel_code', parcelCode)
        .first() as Promise<ParcelRow | undefined>,

    parcelsOfHandover: (handoverId: string, db: Knex = knex) =>
      parcels(db).where('o.handover_id', handoverId).orderBy('s.name').orderBy('o.id') as Promise<
        ParcelRow[]
      >,

    /** The coldest storage class per order, from its lines. */
    storageClassesOf: (orderIds: readonly string[], db: Knex = knex) =>
      db('order_lines')
        .whereIn('order_id', orderIds)
        .distinct<{ order_id: string; storage_class: string }[]>('order_id', 'storage_class'),

    findHandover: (servicePointId: string, where: { id: string } | { code: string }, db = knex) =>
      db<HandoverRow>('handovers')
        .where({ service_point_id: servicePointId, ...where })
        .first(),

    findHandoverById: (id: string, db: Knex = knex) =>
      db<HandoverRow>('handovers').where({ id }).first(),

    /**
     * A write on the handover row before reading its orders: on PostgreSQL it holds the row
     * until commit, on SQLite the write lock; so two check-ins of one handover at once do not
     * both see the other parcel still on its way, and two confirmations queue up.
     */
    lockHandover: (handoverId: string, at: number, db: Knex) =>
      db('handovers').where({ id: handoverId }).update({ updated_at: at }),

    /** Once: the first call sets the moment and the last day, later calls change nothing. */
    markReady: async (handoverId: string, at: number, lastDay: string, db: Knex) =>
      (await db('handovers')
        .where({ id: handoverId })
        .whereNull('ready_at')
        .update({ ready_at: at, last_day: lastDay, status: 'ready', updated_at: at })) === 1,

    /** True for exactly one caller: the one whose notice goes out. */
    claimNotice: async (handoverId: string, at: number, db: Knex) =>
      (await db('handovers')
        .where({ id: handoverId })
        .whereNull('notified_at')
        .update({ notified_at: at })) === 1,

    claimReminder: async (handoverId: string, at: number, db: Knex) =>
      (await db('handovers')
        .where({ id: handoverId })
        .whereNull('reminded_at')
        .update({ reminded_at: at })) === 1,

    markCollected: (handoverId: string, at: number, db: Knex) =>
      db('handovers')
        .where({ id: handoverId })
        .whereNull('collected_at')
        .update({ collected_at: at, status: 'collected', updated_at: at }),

    /** Ready handovers whose last day is between the two dates and who were not reminded. */
    handoversToRemind: (from: string, to: string, db: Knex = knex) =>
      db<HandoverRow>('handovers')
        .where('status', 'ready')
        .whereNull('reminded_at')
        .whereNull('collected_at')
        .whereBetween('last_day', [from, to])
        .limit(200),

    /** Open handovers whose parcels have all arrived (e.g. the last missing one was cancelled). */
    handoversWaitingForReadiness: (db: Knex = knex) =>
      db('handovers as h')
        .where('h.status', 'open')
        .whereExists((exists) => {
          void exists
            .select(db.raw('1'))
            .from('shop_orders as a')
            .whereRaw('a.handover_id = h.id')
            .where('a.status', 'arrived');
        })
        .whereNotExists((exists) => {
          void exists
            .select(db.raw('1'))
            .from('shop_orders as w')
            .whereRaw('w.handover_id = h.id')
            .whereNotIn('w.status', ['arrived', 'ready_for_pickup', ...goneStatuses]);
        })
        .limit(200)
        .select<{ id: string; service_point_id: string }[]>('h.id', 'h.service_point_id'),

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

    /**
     * Opens a handover unless the resident already has an open one at the point on the day,
     * or its code is taken there (the unique indexes decide, also for two checkouts at once).
     * True when this row is the one that was written.
     */
    async insertHandoverIfNone(
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
    ): Promise<boolean> {
      const inserted: unknown[] = await db('handovers')
        .insert(row)
        .onConflict()
        .ignore()
        .returning('id');
      return inserted.length === 1;
    },

    findConfirmation: (id: string, db: Knex = knex) =>
      db<ConfirmationRow>('handover_confirmations').where({ id }).first(),

    insertConfirmation: (row: ConfirmationRow, db: Knex) =>
      db('handover_confirmations').insert(row),

    /** Retention (decision 0057): of these handovers, those no order names any more. */
    async eraseUnusedHandovers(handoverIds: readonly string[], db: Knex): Promise<void> {
      const unused = db('handovers')
        .whereIn('id', handoverIds)
        .whereNotExists(db('shop_orders').whereRaw('shop_orders.handover_id = handovers.id'))
        .select('id');
      await db('handover_confirmations').whereIn('handover_id', unused.clone()).delete();
      await db('handovers').whereIn('id', unused).delete();
    },

    /** Which of these orders an operator's action moved, by the id their phone gave it. */
    ordersMovedBy: (
      orderIds: readonly string[],
      requestId: string,
      event: string,
      db: Knex = knex,
    ) =>
      db('order_status_events')
        .whereIn('order_id', orderIds)
        .where({ request_id: requestId, event })
        .orderBy('at')
        .orderBy('id')
        .pluck<string[]>('order_id'),
  };
}

export type CounterRepository = ReturnType<typeof createCounterRepository>;
