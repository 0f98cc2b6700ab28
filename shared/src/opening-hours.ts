// No zod at runtime here: the storefront's "open now" badge uses this too.
import type { Locale } from './locales.ts';
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

const formats = new Map<string, Intl.DateTimeFormat>();

/** One formatter per time zone: building one costs far more than using it. */
function formatIn(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formats.set(timeZone, format);
  }
  return format;
}

/** The wall-clock date, ISO weekday (Monday 1) and HH:MM of an instant in a time zone. */
export function localTimeIn(instant: Date, timeZone: string): LocalTime {
  const parts = formatIn(timeZone).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((candidate) => candidate.type === type)?.value ?? '';
  return {
    date: `${part('year')}-${part('month')}-${part('day')}`,
    weekday: weekdayNumbers[part('weekday')] ?? 0,
    time: `${part('hour')}:${part('minute')}`,
  };
}

/**
 * The opening intervals of one local date ('YYYY-MM-DD', ISO weekday): a dated exception (a
 * holiday) replaces the weekday's intervals; a closed exception has none.
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

/**
 * The opening intervals of the local day of an instant, earliest first: a dated exception (a
 * holiday) replaces the weekday's intervals.
 */
export function intervalsOn(
  hours: OpeningHours,
  instant: Date,
  timeZone = 'Europe/Stockholm',
): { opens: string; closes: string }[] {
  const local = localTimeIn(instant, timeZone);
  return intervalsOnDate(hours, local.date, local.weekday)
    .map(({ opens, closes }) => ({ opens, closes }))
    .sort((a, b) => a.opens.localeCompare(b.opens));
}

/**
 * Whether a shop is open at an instant, by the wall clock of its time zone. An interval
 * includes its opening minute and excludes its closing minute.
 */
export function isOpenAt(
  hours: OpeningHours,
  instant: Date,
  timeZone = 'Europe/Stockholm',
): boolean {
  const { time } = localTimeIn(instant, timeZone);
  return intervalsOn(hours, instant, timeZone).some(
    (interval) => interval.opens <= time && time < interval.closes,
  );
}

/**
 * Opening intervals as the reader's language writes clock times: "09:00–17:00, 18:00–20:00"
 * in Swedish and English as the shops enter them, "9.00–17.00, 18.00–20.00" in Finnish.
 */
export function formatIntervals(
  intervals: readonly { opens: string; closes: string }[],
  locale: Locale,
): string {
  const time = (clock: string) => (locale === 'fi' ? clock.replace(/^0?(\d+):/, '$1.') : clock);
  return intervals.map((interval) => `${time(interval.opens)}–${time(interval.closes)}`).join(', ');
}
