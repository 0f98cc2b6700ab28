/// <reference lib="esnext.temporal" />
// Temporal, like pickup-schedule.ts: the server computes instants, the client never imports
// this module at runtime (docs/decisions/0010-pickup-dates-with-temporal.md).

export const swedishTimeZone = 'Europe/Stockholm';

/**
 * The instant (epoch ms) of a wall-clock time on a local date: `minutesOfDay` after midnight
 * by the clock (1440 is the next midnight), so 09:00 is 09:00 also on the days the clocks
 * change. A time in the spring gap moves forward, as the clocks do.
 */
export function localInstant(
  date: string,
  minutesOfDay: number,
  timeZone: string = swedishTimeZone,
): number {
  return Temporal.PlainDate.from(date)
    .toPlainDateTime()
    .add({ minutes: minutesOfDay })
    .toZonedDateTime(timeZone).epochMilliseconds;
}
