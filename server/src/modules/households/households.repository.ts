import type { Knex } from 'knex';
import type {
  DecidedOrAskedStatus,
  EligibilityReason,
  EligibilityStatus,
} from '@e-galleria/shared/household-eligibility';
import type { Queryable } from '../../db/database.ts';
import type { HouseholdSearch } from './household-keys.ts';

/** Where a household was first written down. */
export type HouseholdOrigin = 'account' | 'checkout' | 'shop';

export type HouseholdRow = {
  id: string;
  municipality_id: string;
  user_id: string | null;
  created_via: HouseholdOrigin;
  created_by_shop_id: string | null;
  created_by_user_id: string | null;
  name: string | null;
  contact_email: string | null;
  street_address: string | null;
  postal_code: string | null;
  village: string | null;
  door_code: string | null;
  driver_note: string | null;
  phone: string | null;
  phone_digits: string | null;
  search_name: string | null;
  guest_key: string | null;
  eligibility_status: EligibilityStatus;
  eligibility_reason: EligibilityReason | null;
  applied_at: number | null;
  decided_at: number | null;
  decided_by_user_id: string | null;
  decision_reason: string | null;
  address_changed_at: number;
  last_used_at: number;
  erased_at: number | null;
  created_at: number;
  updated_at: number;
};

/** The address and contact columns a save writes. */
export type HouseholdContactColumns = Pick<
  HouseholdRow,
  | 'name'
  | 'street_address'
  | 'postal_code'
  | 'village'
  | 'door_code'
  | 'driver_note'
  | 'phone'
  | 'phone_digits'
  | 'search_name'
>;

export type HouseholdChanges = Partial<Omit<HouseholdRow, 'id' | 'municipality_id' | 'created_at'>>;

/** A resident's household with its municipality's name, for the account page. */
export type OwnHouseholdRow = HouseholdRow & {
  municipality_slug: string;
  municipality_name: string;
};

/** The municipality's list: with the name of the admin who decided. */
export type DecidedHouseholdRow = HouseholdRow & { decided_by_name: string | null };

/** A page of the municipality's list, by the time it was asked or decided. */
export type HouseholdListPosition = { key: number; id: string } | null;

/** Every personal column, blanked: what erasing a household leaves is an anonymous key. */
const erasedColumns = {
  user_id: null,
  created_by_user_id: null,
  name: null,
  contact_email: null,
  street_address: null,
  postal_code: null,
  village: null,
  door_code: null,
  driver_note: null,
  phone: null,
  phone_digits: null,
  search_name: null,
  guest_key: null,
  eligibility_status: 'none',
  eligibility_reason: null,
  applied_at: null,
  decided_at: null,
  decided_by_user_id: null,
  decision_reason: null,
} as const satisfies HouseholdChanges;

/** Live households with the name of the admin who decided on each. */
function withDecider(db: Queryable) {
  return db('households as h')
    .leftJoin('users as u', 'u.id', 'h.decided_by_user_id')
    .whereNull('h.erased_at')
    .select<DecidedHouseholdRow[]>('h.*', 'u.name as decided_by_name');
}

export function createHouseholdsRepository(knex: Knex) {
  const live = (db: Queryable) => db<HouseholdRow>('households').whereNull('erased_at');

  return {
    async insert(row: HouseholdRow, db: Queryable = knex): Promise<void> {
      await db('households').insert(row);
    },

    /**
     * A resident's first household in a municipality; a concurrent one (two checkouts at once
     * on PostgreSQL) is kept instead, and the caller reads whichever stands.
     */
    async insertUnlessResidentHasOne(row: HouseholdRow, db: Queryable = knex): Promise<void> {
      await db('households').insert(row).onConflict(['user_id', 'municipality_id']).ignore();
    },

    /** A guest's household by its key: created, or its contact details brought up to date. */
    async upsertGuest(row: HouseholdRow, db: Queryable = knex): Promise<void> {
      await db('households')
        .insert(row)
        .onConflict(['municipality_id', 'guest_key'])
        .merge([
          'name',
          'contact_email',
          'village',
          'door_code',
          'driver_note',
          'phone',
          'phone_digits',
          'search_name',
          'last_used_at',
          'updated_at',
        ]);
    },

    findById: (id: string, db: Queryable = knex) =>
      live(db).where({ id }).first() as Promise<HouseholdRow | undefined>,

    findForResident: (userId: string, municipalityId: string, db: Queryable = knex) =>
      live(db).where({ user_id: userId, municipality_id: municipalityId }).first() as Promise<
        HouseholdRow | undefined
      >,

    findByGuestKey: (municipalityId: string, guestKey: string, db: Queryable = knex) =>
      live(db).where({ municipality_id: municipalityId, guest_key: guestKey }).first() as Promise<
        HouseholdRow | undefined
      >,

    /** Live households of a municipality with exactly this phone number. */
    listByPhone: (municipalityId: string, phoneDigits: string, db: Queryable = knex) =>
      live(db).where({ municipality_id: municipalityId, phone_digits: phoneDigits }).limit(20),

    /** A resident's households, each with its municipality, by municipality name. */
    listForResident: (userId: string, db: Queryable = knex): Promise<OwnHouseholdRow[]> =>
      db('households as h')
        .join('municipalities as m', 'm.id', 'h.municipality_id')
        .where('h.user_id', userId)
        .whereNull('h.erased_at')
        .orderBy('m.name')
        .select<OwnHouseholdRow[]>(
          'h.*',
          'm.slug as municipality_slug',
          'm.name as municipality_name',
        ),

    async update(id: string, changes: HouseholdChanges, db: Queryable = knex): Promise<void> {
      await db('households').where({ id }).whereNull('erased_at').update(changes);
    },

    /** Changes a household only while its eligibility is one of `from`: 1 when it did, else 0. */
    updateIfEligibility: (
      id: string,
      from: readonly EligibilityStatus[],
      changes: HouseholdChanges,
      db: Queryable = knex,
    ): Promise<number> =>
      db('households')
        .where({ id })
        .whereNull('erased_at')
        .whereIn('eligibility_status', from)
        .update(changes),

    findWithDecider: (id: string, db: Queryable = knex) =>
      withDecider(db).where('h.id', id).first() as Promise<DecidedHouseholdRow | undefined>,

    /**
     * A municipality's households in one eligibility status: applications oldest first (a
     * queue), decisions newest first. One more than `limit`, to know whether a page follows.
     */
    listByEligibility(
      municipalityId: string,
      status: DecidedOrAskedStatus,
      after: HouseholdListPosition,
      limit: number,
      db: Queryable = knex,
    ): Promise<DecidedHouseholdRow[]> {
      const isQueue = status === 'applied';
      const key = isQueue ? 'h.applied_at' : 'h.decided_at';
      const direction = isQueue ? 'asc' : 'desc';
      const query = withDecider(db).where({
        'h.municipality_id': municipalityId,
        'h.eligibility_status': status,
      });
      if (after)
        void query.andWhere((page) => {
          void page
            .where(key, isQueue ? '>' : '<', after.key)
            .orWhere(
              (tie) =>
                void tie.where(key, after.key).andWhere('h.id', isQueue ? '>' : '<', after.id),
            );
        });
      return query
        .orderBy(key, direction)
        .orderBy('h.id', direction)
        .limit(limit + 1) as Promise<DecidedHouseholdRow[]>;
    },

    /** Applications waiting for the municipality's decision (index on its status, applied_at). */
    countApplied: async (municipalityId: string, db: Queryable = knex) =>
      Number(
        (
          await live(db)
            .where({ municipality_id: municipalityId, eligibility_status: 'applied' })
            .count<{ count: number | string }[]>({ count: '*' })
        )[0]?.count ?? 0,
      ),

    /** Shop staff's search in one municipality: every name word as a word prefix, or digits. */
    search(
      municipalityId: string,
      search: HouseholdSearch,
      limit: number,
      db: Queryable = knex,
    ): Promise<HouseholdRow[]> {
      const query = live(db).where({ municipality_id: municipalityId });
      if (search.kind === 'phone')
        void query.andWhere('phone_digits', 'like', `%${search.digits}%`);
      else
        for (const term of search.terms) void query.andWhere('search_name', 'like', `% ${term}%`);
      return query.orderBy('search_name').orderBy('id').limit(limit);
    },

    /** Contacts without an account that nobody has used since `before`, oldest first. */
    listUnusedContacts: (before: number, limit: number, db: Queryable = knex): Promise<string[]> =>
      live(db)
        .whereNull('user_id')
        .andWhere('last_used_at', '<', before)
        .orderBy('last_used_at')
        .limit(limit)
        .pluck('id'),

    async erase(ids: readonly string[], at: number, db: Queryable = knex): Promise<void> {
      if (ids.length === 0) return;
      await db('households')
        .whereIn('id', ids)
        .whereNull('erased_at')
        .update({ ...erasedColumns, erased_at: at, updated_at: at });
    },

    /** A resident's households, erased: the account's own erasure, or one address removed. */
    async eraseForResident(
      userId: string,
      householdId: string | null,
      at: number,
      db: Queryable = knex,
    ): Promise<number> {
      const query = db('households').where({ user_id: userId }).whereNull('erased_at');
      if (householdId) void query.andWhere({ id: householdId });
      return query.update({ ...erasedColumns, erased_at: at, updated_at: at });
    },
  };
}

export type HouseholdsRepository = ReturnType<typeof createHouseholdsRepository>;
