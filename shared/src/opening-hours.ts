// No zod at runtime here: the storefront's "open now" badge uses this too.
import type { OpeningHours } from './shops.ts';

type LocalTime = { date: string; weekday: number; time: string };

const weekdayNumbers: Record<string, number> = {
  Mon: 1,
  Tue: 2,
  Wed: 3,
  Thu: 4,
  Fri: 5,
  Sat: 6,
  Sun: 7,
};

/** The wall-clock date, ISO weekday (Monday 1) and HH:MM of an instant in a time zone. */
export function localTimeIn(instant: Date, timeZone: string): LocalTime {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((candidate) => candidate.type === type)?.value ?? '';
  return {
    date: `${part('year')}-${part('month')}-${part('day')}`,
    weekday: weekdayNumbers[part('weekday')] ?? 0,
    time: `${part('hour')}:${part('minute')}`,
  };
}

/**
 * Whether a shop is open at an instant, by the wall clock of its time zone: a dated exception
 * (a holiday) replaces the weekday's intervals. An interval includes its opening minute and
 * excludes its closing minute.
 */
export function isOpenAt(
  hours: OpeningHours,
  instant: Date,
  timeZone = 'Europe/Stockholm',
): boolean {
  const local = localTimeIn(instant, timeZone);
  const exception = hours.exceptions.find((candidate) => candidate.date === local.date);
  const intervals = exception
    ? exception.closed
      ? []
      : exception.intervals
    : hours.weekly.filter((interval) => interval.weekday === local.weekday);
  return intervals.some((interval) => interval.opens <= local.time && local.time < interval.closes);
}

/**
 * The opening intervals of one local calendar date ('YYYY-MM-DD' and its ISO weekday): a
 * dated exception (a holiday) replaces the weekday's intervals; none when closed all day.
 * For rules that walk the calendar day by day, such as pickup schedules.
 */
export function intervalsOnDate(
  hours: OpeningHours,
  date: string,
  weekday: number,
): readonly { opens: string; closes: string }[] {
  const exception = hours.exceptions.find((candidate) => candidate.date === date);
  if (exception) return exception.closed ? [] : exception.intervals;
  return hours.weekly.filter((interval) => interval.weekday === weekday);
}
