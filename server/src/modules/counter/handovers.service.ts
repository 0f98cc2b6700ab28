import type { HandoverPort } from '../orders/handovers.port.ts';
import { newId } from '../../db/ids.ts';
import type { CounterRepository } from './counter.repository.ts';
import { newPickupCode } from './pickup-code.ts';

/**
 * The counter's door for checkout (docs/decisions/0019): parcels for one resident at one
 * service point on one day form one handover, collected with one code (DESIGN §4).
 */
export function createHandoversService(deps: { counter: CounterRepository }): HandoverPort {
  const { counter } = deps;
  return {
    /**
     * The resident's open handover at the point on the day, or a new one with a code of its
     * own at that point: in the checkout's transaction, before its other writes, as a later
     * checkout's lookup must see it. One per resident, point and day, also when checkouts
     * arrive together: a unique index decides (migration 20261205100000). Returns its id.
     */
    async joinOrOpen(trx, parcel) {
      const email = parcel.contactEmail.toLowerCase();
      const place = [parcel.servicePointId, parcel.pickupDate, email] as const;
      for (let attempt = 0; attempt < 5; attempt++) {
        const open = await counter.findOpenHandover(...place, trx);
        if (open) return open.id;
        let code = newPickupCode();
        while (await counter.isCodeTaken(parcel.servicePointId, code, trx)) code = newPickupCode();
        const id = newId();
        const isOpened = await counter.insertHandoverIfNone(
          {
            id,
            service_point_id: parcel.servicePointId,
            pickup_date: parcel.pickupDate,
            user_id: parcel.userId,
            contact_email: email,
            code,
            status: 'open',
            created_at: parcel.at,
            updated_at: parcel.at,
          },
          trx,
        );
        if (isOpened) return id;
        // Another checkout of the same resident opened it first (it waited on that one's
        // commit), or took the code meanwhile: look again.
      }
      throw new Error(`no handover could be opened at ${parcel.servicePointId}`);
    },

    eraseUnused: (trx, handoverIds) => counter.eraseUnusedHandovers(handoverIds, trx),
  };
}

export type HandoversService = ReturnType<typeof createHandoversService>;
