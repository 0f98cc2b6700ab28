// No zod here: the dates come from pickup-schedule.ts's rules (Temporal, server side only at
// run time; docs/decisions/0010-pickup-dates-with-temporal.md).
import { upcomingServicePointPickups, type ScheduledDelivery } from './pickup-schedule.ts';
import type { OpeningHours } from './shops.ts';

/** A household's door is "open" every day: only the route days decide when goods arrive. */
const alwaysOpen: OpeningHours = {
  weekly: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '00:00', closes: '24:00' })),
  exceptions: [],
};

export type HomeDeliveryDay = { date: string; orderBy: number };

/**
 * The route days a shop's order placed at `now` can still make, earliest first: each zone
 * route day with its cut-off moved back over the shop's holidays exactly as for pickup at a
 * service point, then `extraCutoffHours` earlier still (the shop's own packing time).
 */
export function upcomingHomeDeliveries(
  input: {
    now: number;
    routeDays: readonly ScheduledDelivery[];
    shopHours: OpeningHours;
    extraCutoffHours: number;
    timeZone?: string;
    horizonDays?: number;
  },
  count: number,
): HomeDeliveryDay[] {
  const shift = input.extraCutoffHours * 3_600_000;
  // Ask as if it were `shift` later: a route day whose cut-off minus the shift has passed is
  // exactly one whose cut-off has passed at now + shift.
  return upcomingServicePointPickups(
    {
      now: input.now + shift,
      deliveries: input.routeDays,
      shopHours: input.shopHours,
      servicePointHours: alwaysOpen,
      ...(input.timeZone ? { timeZone: input.timeZone } : {}),
      ...(input.horizonDays ? { horizonDays: input.horizonDays } : {}),
    },
    count,
  ).map((day) => ({ date: day.date, orderBy: day.orderBy - shift }));
}
