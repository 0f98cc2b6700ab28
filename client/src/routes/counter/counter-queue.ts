import type { CounterHandover, CounterParcel } from '@e-galleria/shared/counter';
import {
  amountDueOre,
  codeCheckInput,
  codeCheckOf,
  isHandoverComplete,
} from '@e-galleria/shared/counter-rules';
import type { OfflineAction, Queued } from '../../lib/offline-queue.ts';
import { offlineSnapshot, storedValue } from '../../lib/offline-storage.ts';
import type { CounterRange } from './expected-days.ts';

/**
 * What the operator did at the counter, kept in the browser until the server has it. Each
 * action carries the id it was given when the operator pressed the button (its `id`), so
 * sending it again after a lost answer is the same action to the server: it lands once.
 */
export type CounterAction = OfflineAction &
  (
    | { kind: 'check_in' | 'send_back'; parcelCode: string }
    | {
        kind: 'confirm';
        handoverId: string;
        orderIds: string[];
        paymentTakenOre: number;
        residentName: string;
      }
  );

/** An action kept on the phone; one the server refused stays in view until the operator has read it. */
export type QueuedAction = Queued<CounterAction>;

/**
 * The snapshot the screen starts from when it loads without a connection: the parcels of
 * today and the coming days, so one that comes a day early can be checked in offline too.
 * `range` is missing from snapshots saved before the counter listed its days.
 */
export type CounterSnapshot = {
  parcels: CounterParcel[];
  range?: CounterRange;
};

/** Where a point's queue is kept: the key phones have used since the counter first went offline. */
export const counterQueueKey = (servicePointId: string) =>
  `galleria.counter.${servicePointId}.queue`;
const snapshotOf = (servicePointId: string) =>
  offlineSnapshot<CounterSnapshot>(`galleria.counter.${servicePointId}.parcels`);

export const loadSnapshot = (servicePointId: string) => snapshotOf(servicePointId).load();
export const saveSnapshot = (servicePointId: string, snapshot: CounterSnapshot) =>
  snapshotOf(servicePointId).save(snapshot);

/** Check-ins make a handover ready here as the server will once it hears of them. */
function readyCompleteHandovers(parcels: CounterParcel[]): CounterParcel[] {
  const complete = new Set(
    [...new Set(parcels.map((parcel) => parcel.handover.id))].filter((handoverId) =>
      isHandoverComplete(
        parcels
          .filter((parcel) => parcel.handover.id === handoverId)
          .map((parcel) => parcel.status),
      ),
    ),
  );
  return parcels.map((parcel) =>
    complete.has(parcel.handover.id) && parcel.status === 'arrived'
      ? { ...parcel, status: 'ready_for_pickup' }
      : parcel,
  );
}

/** The parcels as they will be once the server has every action still waiting to be sent. */
export function applyPending(
  parcels: readonly CounterParcel[],
  queue: readonly QueuedAction[],
): CounterParcel[] {
  let result = [...parcels];
  for (const action of queue) {
    if (action.failure) continue;
    if (action.kind === 'confirm')
      result = result.map((parcel) =>
        action.orderIds.includes(parcel.id) ? { ...parcel, status: 'collected' } : parcel,
      );
    else {
      const to = action.kind === 'check_in' ? 'arrived' : 'returning';
      const from = action.kind === 'check_in' ? 'in_transit' : 'ready_for_pickup';
      result = result.map((parcel) =>
        parcel.parcelCode === action.parcelCode && parcel.status === from
          ? { ...parcel, status: to }
          : parcel,
      );
      if (action.kind === 'check_in') result = readyCompleteHandovers(result);
    }
  }
  return result;
}

/** Labels are printed in capitals without look-alike letters; people type what they like. */
export function normaliseParcelCode(text: string): string {
  return text.replace(/\s+/g, '').toUpperCase();
}

/** The check of a typed code, as the server computes `codeCheck` (decision 0025). */
export async function codeCheck(handoverId: string, code: string): Promise<number> {
  const digest = await crypto.subtle.digest(
    'SHA-256',
    new TextEncoder().encode(codeCheckInput(handoverId, code)),
  );
  return codeCheckOf(new Uint8Array(digest));
}

/**
 * The handovers a code may open among the loaded parcels, for when the server cannot be asked.
 * The phone has only a short check of each code (decision 0025), so now and then a typed code
 * fits more than one: the operator then picks by the resident's name.
 */
export async function handoversFittingCode(
  parcels: CounterParcel[],
  code: string,
): Promise<CounterHandover[]> {
  const found: CounterHandover[] = [];
  for (const handoverId of new Set(parcels.map((parcel) => parcel.handover.id))) {
    const own = parcels.filter((parcel) => parcel.handover.id === handoverId);
    const first = own[0];
    if (!first || first.handover.codeCheck !== (await codeCheck(handoverId, code))) continue;
    found.push({
      id: handoverId,
      residentName: first.resident.name,
      pickupDate: first.handover.pickupDate,
      lastDay: first.handover.lastDay,
      collectedAt: null,
      parcels: own,
      amountDueOre: amountDueOre(own),
    });
  }
  return found;
}

/** Which point a slug is, remembered so the screen opens from the snapshot without a connection. */
export type CounterPointRef = { id: string; name: string };
const pointOf = (slug: string) =>
  storedValue<CounterPointRef | null>(`galleria.counter.point.${slug}`, null);
export const loadPointRef = (slug: string) => pointOf(slug).load();
export const savePointRef = (slug: string, point: CounterPointRef) => pointOf(slug).save(point);
