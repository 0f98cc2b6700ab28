// No zod here: slots are computed on the server and may be on the client.
import { addDays } from './calendar-dates.ts';
import { localInstant } from './local-time.ts';
import type { Availability, Slot } from './catalogue.ts';

/** A Swedish local date and time as an instant. */
export const stockholmInstant = (date: string, minutesOfDay: number) =>
  localInstant(date, minutesOfDay);

const minutesOf = (time: string) => {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
};

/**
 * The next slots of a service from its weekly availability and dated exceptions: each
 * interval is cut into back-to-back slots of the service's duration. Slots that have begun
 * are left out. Every slot is listed with its full capacity: the places taken by orders and
 * held in baskets are subtracted by the caller (the seats counted by the basket module).
 */
export function listSlots(input: {
  availability: Availability;
  durationMinutes: number;
  capacity: number;
  fromDate: string;
  days: number;
  limit: number;
  now: number;
}): Slot[] {
  const exceptions = new Map(
    input.availability.exceptions.map((exception) => [exception.date, exception.intervals]),
  );
  const slots: Slot[] = [];
  for (let offset = 0; offset < input.days && slots.length < input.limit; offset++) {
    const date = addDays(input.fromDate, offset);
    const weekday = ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
    const intervals =
      exceptions.get(date) ??
      input.availability.weekly.filter((interval) => interval.weekday === weekday);
    const sorted = [...intervals].sort((a, b) => a.start.localeCompare(b.start));
    for (const interval of sorted) {
      const end = minutesOf(interval.end);
      for (
        let start = minutesOf(interval.start);
        start + input.durationMinutes <= end && slots.length < input.limit;
        start += input.durationMinutes
      ) {
        const startsAt = stockholmInstant(date, start);
        if (startsAt < input.now) continue;
        slots.push({
          startsAt: new Date(startsAt).toISOString(),
          endsAt: new Date(stockholmInstant(date, start + input.durationMinutes)).toISOString(),
          capacity: input.capacity,
          available: input.capacity,
        });
      }
    }
  }
  return slots;
}
