import type { Locale } from '@e-galleria/shared/locales';
import type { Knex } from 'knex';
import { readBooleans } from '../../db/booleans.ts';

/** A delivery note as stored: the address as it was at checkout, the carrier and the outcome. */
export type NoteRow = {
  order_id: string;
  municipality_id: string;
  shop_id: string;
  household_id: string;
  zone_id: string;
  date: string;
  carrier_id: string | null;
  sequence: number | null;
  recipient_name: string;
  street_address: string;
  postal_code: string;
  village: string;
  door_code: string | null;
  phone: string;
  driver_note: string | null;
  fee_ore: number;
  is_subsidised: boolean;
  cool_bags: number;
  cool_bags_returned: number;
  collect_ore: number;
  collected_ore: number | null;
  outcome: 'delivered' | 'not_home' | 'refused' | null;
  /** What a correction says the monthly report counts the note as (decision 0044). */
  report_outcome?: 'delivered' | 'not_delivered' | null;
  assigned_at: number | null;
  handed_at: number | null;
  delivered_at: number | null;
  failed_at: number | null;
  run_id: string | null;
  on_its_way_sent_at: number | null;
  created_at: number;
  updated_at: number;
};

/** A note with its order's state and what the screens name beside it. */
export type NoteViewRow = NoteRow & {
  status: string;
  parcel_code: string | null;
  shop_name: string;
  payment_method: 'card' | 'pay_at_pickup';
  checkout_id: string;
  contact_email: string;
  locale: Locale;
};

export type RunRow = {
  id: string;
  carrier_id: string;
  municipality_id: string;
  date: string;
  route: string;
  vehicle: string;
  km_tenths: number | null;
  started_at: number;
  closed_at: number | null;
  created_by_user_id: string | null;
  closed_by_user_id: string | null;
  created_at: number;
  updated_at: number;
};

export type CommandKind = 'deliver' | 'fail' | 'start_run' | 'close_run';

export type CommandRow = {
  id: string;
  carrier_id: string;
  kind: CommandKind;
  target_id: string;
  user_id: string | null;
  at: number;
  /** What a deliver or fail command recorded; null for runs. */
  outcome: 'delivered' | 'not_home' | 'refused' | null;
};

/** The statuses in which a note is in the carrier's hands, or about to be. */
export const inCarrierHandsStatuses = ['placed', 'accepted', 'packed', 'out_for_delivery'];

const readNote = readBooleans<NoteViewRow>('is_subsidised');

function notes(db: Knex) {
  return db('delivery_notes as n')
    .join('shop_orders as o', 'o.id', 'n.order_id')
    .join('checkouts as c', 'c.id', 'o.checkout_id')
    .join('shops as s', 's.id', 'n.shop_id')
    .select(
      'n.*',
      'o.status',
      'o.parcel_code',
      's.name as shop_name',
      'c.payment_method',
      'c.id as checkout_id',
      'c.contact_email',
      'c.locale',
    );
}

export function createDeliveriesRepository(knex: Knex) {
  return {
    insertNote: (row: NoteRow, db: Knex = knex) => db('delivery_notes').insert(row),

    findNote: async (orderId: string, db: Knex = knex) => {
      const row = (await notes(db).where('n.order_id', orderId).first()) as NoteViewRow | undefined;
      return row && readNote(row);
    },

    /**
     * A shop's notes: those of a route day, or — without one — every note not yet done and the
     * last week's, soonest day first.
     */
    notesOfShop: async (
      shopId: string,
      filter: { date: string } | { since: string },
      db: Knex = knex,
    ) => {
      const ordered = (query: Knex.QueryBuilder) =>
        query
          .orderBy('n.date')
          .orderBy('n.village')
          .orderBy('n.street_address')
          .orderBy('n.order_id')
          .limit(500) as Promise<NoteViewRow[]>;
      if ('date' in filter)
        return (await ordered(notes(db).where({ 'n.shop_id': shopId, 'n.date': filter.date }))).map(
          readNote,
        );
      // Index ranges rather than one OR over the join: the recent days, and what is still open
      // whatever its day — no outcome yet, or failed and not yet sent again. The open notes
      // are two ranges of (shop_id, outcome): with `outcome is null or …` the database walks
      // the shop's whole history instead. They are mostly among the recent days' already, so
      // their ids come first, and whole rows only for those the recent days do not hold.
      const openIds = (outcome: (query: Knex.QueryBuilder) => Knex.QueryBuilder) =>
        outcome(
          db('delivery_notes as n')
            .join('shop_orders as o', 'o.id', 'n.order_id')
            .where('n.shop_id', shopId),
        )
          .whereIn('o.status', [...inCarrierHandsStatuses, 'delivery_failed'])
          .limit(500)
          .pluck<string[]>('n.order_id');
      const [recent, undecided, failed] = await Promise.all([
        ordered(notes(db).where('n.shop_id', shopId).where('n.date', '>=', filter.since)),
        openIds((query) => query.whereNull('n.outcome')),
        openIds((query) => query.whereIn('n.outcome', ['not_home', 'refused'])),
      ]);
      const held = new Set(recent.map((row) => row.order_id));
      const older = [...new Set([...undecided, ...failed])].filter((id) => !held.has(id));
      const rest = older.length > 0 ? await ordered(notes(db).whereIn('n.order_id', older)) : [];
      const byId = new Map([...rest, ...recent].map((row) => [row.order_id, readNote(row)]));
      return [...byId.values()].sort(
        (a, b) =>
          a.date.localeCompare(b.date) ||
          a.village.localeCompare(b.village) ||
          a.street_address.localeCompare(b.street_address) ||
          a.order_id.localeCompare(b.order_id),
      );
    },

    /** A carrier's notes of a day while they are in its hands, in the driver's order. */
    notesOfCarrierDay: async (carrierId: string, date: string, db: Knex = knex) => {
      const rows = (await notes(db)
        .where({ 'n.carrier_id': carrierId, 'n.date': date })
        .whereIn('o.status', inCarrierHandsStatuses)
        .whereNull('n.outcome')
        .orderByRaw('n.sequence is null')
        .orderBy('n.sequence')
        .orderBy('n.village')
        .orderBy('n.street_address')
        .orderBy('n.order_id')) as NoteViewRow[];
      return rows.map(readNote);
    },

    /**
     * Cool bags delivered and not handed back, per household, of one shop's deliveries: the
     * running totals `addCoolBags` keeps, so the answer does not grow with the shop's history.
     */
    coolBagsOutOfShop: (shopId: string, db: Knex = knex) =>
      db('cool_bags_out')
        .where('shop_id', shopId)
        .where('bags_out', '>', 0)
        .select<{ household_id: string; name: string; village: string; count: number | string }[]>(
          'household_id',
          'recipient_name as name',
          'village',
          'bags_out as count',
        ),

    /** Cool bags each of these households still has, from deliveries of any shop. */
    coolBagsOutOfHouseholds: async (householdIds: readonly string[], db: Knex = knex) => {
      if (householdIds.length === 0) return new Map<string, number>();
      const rows = await db('cool_bags_out')
        .whereIn('household_id', householdIds)
        .groupBy('household_id')
        .select<{ household_id: string; count: number | string }[]>(
          'household_id',
          db.raw('sum(bags_out) as count'),
        );
      return new Map(rows.map((row) => [row.household_id, Number(row.count)]));
    },

    /**
     * A delivery's bags in the running total of its shop and household, in the delivery's
     * transaction: `delta` is the bags left at the door less those taken back.
     */
    addCoolBags: (
      change: {
        shopId: string;
        householdId: string;
        delta: number;
        recipientName: string;
        village: string;
        at: number;
      },
      db: Knex,
    ) =>
      db('cool_bags_out')
        .insert({
          shop_id: change.shopId,
          household_id: change.householdId,
          bags_out: change.delta,
          recipient_name: change.recipientName,
          village: change.village,
          updated_at: change.at,
        })
        .onConflict(['shop_id', 'household_id'])
        .merge({
          bags_out: db.raw('?? + ?', ['cool_bags_out.bags_out', change.delta]),
          recipient_name: change.recipientName,
          village: change.village,
          updated_at: change.at,
        }),

    /**
     * The running totals computed again from the delivered notes, as the migration fills them:
     * for notes written in bulk, not through a delivery (the demo's history).
     */
    rebuildCoolBagsOut: async (db: Knex = knex) => {
      await db('cool_bags_out').delete();
      await db.raw(`
        insert into cool_bags_out
          (shop_id, household_id, bags_out, recipient_name, village, updated_at)
        select shop_id, household_id, sum(cool_bags) - sum(cool_bags_returned),
          max(recipient_name), max(village), max(updated_at)
        from delivery_notes where outcome = 'delivered'
        group by shop_id, household_id`);
    },

    linesOf: (orderId: string, db: Knex = knex) =>
      db('order_lines')
        .where({ order_id: orderId })
        .orderBy('position')
        .select<
          { title: string; variant_name: string | null; quantity: number; storage_class: string }[]
        >('title', 'variant_name', 'quantity', 'storage_class'),

    /**
     * A write on the note before deciding on it: on PostgreSQL it holds the row until commit,
     * on SQLite the write lock; two commands about one note queue up.
     */
    lockNote: (orderId: string, at: number, db: Knex) =>
      db('delivery_notes').where({ order_id: orderId }).update({ updated_at: at }),

    updateNote: (orderId: string, fields: Partial<NoteRow>, db: Knex = knex) =>
      db('delivery_notes').where({ order_id: orderId }).update(fields),

    /** The driving order: each listed note of the carrier's day gets its place. */
    setSequence: async (
      carrierId: string,
      date: string,
      orderIds: readonly string[],
      at: number,
      db: Knex,
    ) => {
      let changed = 0;
      for (const [index, orderId] of orderIds.entries())
        changed += await db('delivery_notes')
          .where({ order_id: orderId, carrier_id: carrierId, date })
          .update({ sequence: index + 1, updated_at: at });
      return changed;
    },

    /** Notes of a day whose goods are out, not yet announced to the resident. */
    notesToAnnounce: async (date: string, db: Knex = knex) => {
      const rows = (await notes(db)
        .where('n.date', date)
        .whereNull('n.on_its_way_sent_at')
        .where('o.status', 'out_for_delivery')
        .limit(200)) as NoteViewRow[];
      return rows.map(readNote);
    },

    /** True for exactly one caller: the one whose notice goes out. */
    claimOnItsWay: async (orderId: string, at: number, db: Knex) =>
      (await db('delivery_notes')
        .where({ order_id: orderId })
        .whereNull('on_its_way_sent_at')
        .update({ on_its_way_sent_at: at })) === 1,

    findCommand: (id: string, db: Knex = knex) =>
      db<CommandRow>('delivery_commands').where({ id }).first(),

    insertCommand: (row: CommandRow, db: Knex) => db('delivery_commands').insert(row),

    /** The street and village each order is driven to, and the phone there, from its note. */
    addressesOfOrders: (orderIds: readonly string[], db: Knex = knex) =>
      orderIds.length === 0
        ? Promise.resolve([])
        : (db('delivery_notes')
            .whereIn('order_id', orderIds)
            .select('order_id', 'street_address', 'village', 'phone') as Promise<
            Pick<NoteRow, 'order_id' | 'street_address' | 'village' | 'phone'>[]
          >),

    /** Retention (decision 0057): the notes of erased orders and what was said about them. */
    async eraseOfOrders(orderIds: readonly string[], db: Knex): Promise<void> {
      await db('delivery_corrections').whereIn('order_id', orderIds).delete();
      await db('delivery_commands').whereIn('target_id', orderIds).delete();
      await db('delivery_notes').whereIn('order_id', orderIds).delete();
    },

    /** Retention: runs dated before `date` that no note names any more, with their record. */
    async eraseEmptyRunsBefore(date: string, db: Knex): Promise<void> {
      const empty = db('delivery_runs')
        .where('date', '<', date)
        .whereNotExists(db('delivery_notes').whereRaw('delivery_notes.run_id = delivery_runs.id'))
        .select('id');
      await db('delivery_corrections').whereIn('run_id', empty.clone()).delete();
      await db('delivery_commands').whereIn('target_id', empty.clone()).delete();
      await db('delivery_runs').whereIn('id', empty).delete();
    },

    insertRun: (row: RunRow, db: Knex) => db('delivery_runs').insert(row),

    findRun: (carrierId: string, runId: string, db: Knex = knex) =>
      db<RunRow>('delivery_runs').where({ id: runId, carrier_id: carrierId }).first(),

    runsOfDay: (carrierId: string, date: string, db: Knex = knex) =>
      db<RunRow>('delivery_runs')
        .where({ carrier_id: carrierId, date })
        .orderBy('started_at')
        .orderBy('id'),

    /** The run a driver has open on a day: the one a delivery is recorded in. */
    openRunOf: (carrierId: string, userId: string, date: string, db: Knex = knex) =>
      db<RunRow>('delivery_runs')
        .where({ carrier_id: carrierId, created_by_user_id: userId, date })
        .whereNull('closed_at')
        .orderBy('started_at', 'desc')
        .first(),

    /** Once: true for the caller that closed it. */
    closeRun: async (
      runId: string,
      fields: { km_tenths: number; closed_at: number; closed_by_user_id: string; at: number },
      db: Knex,
    ) =>
      (await db('delivery_runs').where({ id: runId }).whereNull('closed_at').update({
        km_tenths: fields.km_tenths,
        closed_at: fields.closed_at,
        closed_by_user_id: fields.closed_by_user_id,
        updated_at: fields.at,
      })) === 1,

    deliveryCountsOfRuns: async (runIds: readonly string[], db: Knex = knex) => {
      if (runIds.length === 0) return new Map<string, number>();
      const rows = await db('delivery_notes')
        .whereIn('run_id', runIds)
        .groupBy('run_id')
        .select<{ run_id: string; count: number | string }[]>(
          'run_id',
          db.raw('count(*) as count'),
        );
      return new Map(rows.map((row) => [row.run_id, Number(row.count)]));
    },
  };
}

export type DeliveriesRepository = ReturnType<typeof createDeliveriesRepository>;
