import type { ResidentHousehold } from '@e-galleria/shared/households';
import type { Transaction } from '../../db/database.ts';
import { notFound } from '../../errors.ts';
import type { AssistedHousehold, HouseholdsPort } from '../orders/home-delivery.port.ts';
import type { UsersService } from '../users/users.service.ts';
import { guestKeyOf, isSameDoor } from './household-keys.ts';
import {
  contactColumnsOf,
  deliveryAddressOf,
  toResidentHousehold,
} from './household-presenters.ts';
import type { HouseholdRow, HouseholdsRepository } from './households.repository.ts';
import { newHouseholdRow } from './household-rows.ts';
import type { ResidentHouseholdsService } from './resident-households.service.ts';

/**
 * How long a household without an account is kept after its last order (decision 0021):
 * 400 days, a little over a year, so a summer guest or a caller who orders each winter is
 * still known the next season, and nobody's address outlives a year of silence by much.
 */
export const contactRetentionDays = 400;
const dayMs = 24 * 60 * 60 * 1000;
const erasedPerRound = 500;

/** Who an order placed by shop staff is for: what checkout and the delivery note need. */

/**
 * The households module's door for other modules (decision 0020): checkout's household for a
 * home-delivered order (`HouseholdsPort`), the household an order by phone is for, the hourly
 * retention rule, and a resident's export and erasure (decision 0021).
 */
export function createHouseholdsService(deps: {
  households: HouseholdsRepository;
  residents: ResidentHouseholdsService;
  users: UsersService;
  now: () => number;
}) {
  const { households, residents, users, now } = deps;
  const approvalOf = (row: HouseholdRow) => ({
    householdId: row.id,
    isApproved: row.eligibility_status === 'approved',
  });

  const forCheckout: HouseholdsPort['forCheckout'] = async (trx, request) => {
    const { municipalityId, userId, name, email, address, at } = request;
    if (userId) {
      const own = await households.findForResident(userId, municipalityId, trx);
      if (own) {
        // The address given at checkout is the one the driver needs from now on.
        await households.update(
          own.id,
          {
            ...contactColumnsOf(name, address),
            ...(isSameDoor(own, address) ? {} : { address_changed_at: at }),
            last_used_at: at,
            updated_at: at,
          },
          trx,
        );
        return approvalOf(own);
      }
      const residentRequest = { userId, municipalityId, email };
      const adopted = await residents.adoptGuestHousehold(trx, residentRequest, name, address, at);
      if (adopted) return approvalOf(adopted);
      await households.insertUnlessResidentHasOne(
        newHouseholdRow({
          municipalityId,
          userId,
          via: 'checkout',
          createdByUserId: userId,
          name,
          address,
          at,
        }),
        trx,
      );
      const created = await households.findForResident(userId, municipalityId, trx);
      if (!created) throw notFound('The household');
      return approvalOf(created);
    }
    const guestKey = guestKeyOf(email, address);
    await households.upsertGuest(
      newHouseholdRow({
        municipalityId,
        userId: null,
        via: 'checkout',
        createdByUserId: null,
        name,
        address,
        contactEmail: email,
        guestKey,
        at,
      }),
      trx,
    );
    const guest = await households.findByGuestKey(municipalityId, guestKey, trx);
    if (!guest) throw notFound('The household');
    return approvalOf(guest);
  };

  return {
    forCheckout,

    /** Before checkout's transaction: whether the resident's household there is approved. */
    isApproved: (async ({ municipalityId, userId }) => {
      if (userId === null) return false;
      const own = await households.findForResident(userId, municipalityId);
      return own?.eligibility_status === 'approved';
    }) satisfies HouseholdsPort['isApproved'],

    /**
     * The household shop staff found or took down, for the order they place on its behalf, in
     * that checkout's transaction. A household of another municipality is not found.
     */
    async forAssistedCheckout(
      trx: Transaction,
      request: { householdId: string; municipalityId: string; at: number },
    ): Promise<AssistedHousehold> {
      const row = await households.findById(request.householdId, trx);
      if (!row || row.municipality_id !== request.municipalityId) throw notFound('The household');
      const account = row.user_id ? await users.findById(row.user_id, trx) : undefined;
      await households.update(row.id, { last_used_at: request.at }, trx);
      return {
        ...approvalOf(row),
        userId: row.user_id,
        name: row.name ?? account?.name ?? '',
        email: account?.email ?? row.contact_email,
        address: deliveryAddressOf(row),
      };
    },

    /**
     * Hourly: households without an account that nobody ordered to for `contactRetentionDays`
     * are erased. A resident's own stay while the account has them; they remove them themselves.
     */
    async eraseUnusedContacts(): Promise<number> {
      const before = now() - contactRetentionDays * dayMs;
      let erased = 0;
      for (;;) {
        const ids = await households.listUnusedContacts(before, erasedPerRound);
        await households.erase(ids, now());
        erased += ids.length;
        if (ids.length < erasedPerRound) return erased;
      }
    },

    /** Everything stored about a resident's households, for their data export. */
    exportFor: async (userId: string): Promise<ResidentHousehold[]> =>
      (await households.listForResident(userId)).map(toResidentHousehold),

    /** When an account is erased: its households with it, in that transaction. */
    eraseAllOf: (trx: Transaction, userId: string): Promise<number> =>
      households.eraseForResident(userId, null, now(), trx),
  };
}

export type HouseholdsService = ReturnType<typeof createHouseholdsService>;
