import type { Availability, Slot } from '@e-galleria/shared/catalogue';

const zone = 'Europe/Stockholm';

/** Minutes that Stockholm is ahead of UTC at an instant (60 in winter, 120 in summer). */
function stockholmOffsetMinutes(epochMs: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(epochMs);
  const part = (type: string) => Number(parts.find((candidate) => candidate.type === type)?.value);
  const asUtc = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
  );
  return Math.round((asUtc - Math.floor(epochMs / 60_000) * 60_000) / 60_000);
}

/** A Swedish local date and time as an instant. */
export function stockholmInstant(date: string, minutesOfDay: number): number {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const naive = Date.UTC(year, month - 1, day) + minutesOfDay * 60_000;
  // Two passes settle the offset also on the days the clocks change.
  const first = naive - stockholmOffsetMinutes(naive) * 60_000;
  return naive - stockholmOffsetMinutes(first) * 60_000;
}

const minutesOf = (time: string) => {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
};

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The next slots of a service from its weekly availability and dated exceptions: each
 * interval is cut into back-to-back slots of the service's duration. Slots that have begun
 * are left out. Bookings come with checkout (a later issue), so every slot is still free.
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
