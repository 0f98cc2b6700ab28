import { addDays, datesBetween } from '@e-galleria/shared/calendar-dates';
import type { CounterParcel } from '@e-galleria/shared/counter';
import type { OrderStatus } from '@e-galleria/shared/order-status';

const onTheWay: readonly OrderStatus[] = ['placed', 'accepted', 'packed', 'in_transit'];

/** The pickup dates a parcel list covers, as the server said (or the phone remembered). */
export type CounterRange = { from: string; until: string };

export type ExpectedDay = { date: string; parcels: CounterParcel[] };

/**
 * The parcels still on their way, by the day they are due at the counter: every day of the
 * loaded range from today on (an empty day says so), and before them the late ones, whose day
 * has passed. `today` is the phone's: a list loaded yesterday and opened offline today still
 * starts at today.
 */
export function groupExpectedByDay(
  parcels: readonly CounterParcel[],
  range: CounterRange,
  today: string,
): { late: CounterParcel[]; days: ExpectedDay[] } {
  const expected = parcels.filter((parcel) => onTheWay.includes(parcel.status));
  const dueOn = (parcel: CounterParcel) => parcel.handover.pickupDate;
  const first = range.from > today ? range.from : today;
  // A parcel beyond the range (an old snapshot) gets its own day rather than going missing.
  const dates = new Set([
    ...datesBetween(first, range.until),
    ...expected.map(dueOn).filter((date) => date >= today),
  ]);
  return {
    late: expected.filter((parcel) => dueOn(parcel) < today),
    days: [...dates].sort().map((date) => ({
      date,
      parcels: expected.filter((parcel) => dueOn(parcel) === date),
    })),
  };
}

/** How a day's heading names it: today, tomorrow, or its weekday and date. */
export function relativeDay(date: string, today: string): 'today' | 'tomorrow' | 'other' {
  if (date === today) return 'today';
  return date === addDays(today, 1) ? 'tomorrow' : 'other';
}
