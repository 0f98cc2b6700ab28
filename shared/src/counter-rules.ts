// No zod at runtime here: the operator's phone applies these rules offline too.
import type { OrderStatus } from './order-status.ts';

/** Statuses in which an order no longer goes to the counter at all. */
export const goneStatuses: readonly OrderStatus[] = ['declined', 'cancelled', 'expired'];

/** What the resident pays at the counter: their ready parcels not already paid by card. */
export function amountDueOre(
  parcels: readonly { status: OrderStatus; paymentMethod: string; totalOre: number }[],
): number {
  return parcels
    .filter((parcel) => parcel.status === 'ready_for_pickup')
    .filter((parcel) => parcel.paymentMethod === 'pay_at_pickup')
    .reduce((sum, parcel) => sum + parcel.totalOre, 0);
}

/**
 * A handover is ready when every parcel still coming to it has arrived (DESIGN §4: the
 * resident comes once, for everything).
 */
export function isHandoverComplete(statuses: readonly OrderStatus[]): boolean {
  const live = statuses.filter((status) => !goneStatuses.includes(status));
  return (
    live.some((status) => status === 'arrived') &&
    live.every((status) => status === 'arrived' || status === 'ready_for_pickup')
  );
}

/**
 * How many bits of a code's SHA-256 the parcel list carries (decision 0025). A pickup code
 * has six digits, a million values, so any digest of it that the phone can check offline is
 * also one anybody holding the list can try every code against. Twelve bits are not enough to
 * give a code away: about 244 codes fit each check. They are enough for the phone: a code
 * typed offline fits another resident's handover once in 4 096 handovers.
 */
export const codeCheckBits = 12;

/** What is hashed for a handover's code check: the handover's id salts its code. */
export function codeCheckInput(handoverId: string, code: string): string {
  return `${handoverId}:${code}`;
}

/** The code check from the SHA-256 of `codeCheckInput`: its first `codeCheckBits` bits. */
export function codeCheckOf(sha256: Uint8Array): number {
  const first = ((sha256[0] ?? 0) << 8) | (sha256[1] ?? 0);
  return first >> (16 - codeCheckBits);
}
