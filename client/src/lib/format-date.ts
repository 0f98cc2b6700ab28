import { intlLocaleTags } from '@e-galleria/shared/intl-locale-tags';
import type { Locale } from '@e-galleria/shared/locales';

// Pickup dates, ready times, cut-offs and slots are Swedish local time, whatever the
// visitor's device says: the shop and the service point keep Swedish hours.
const stockholm = 'Europe/Stockholm';

/**
 * When something happened (an order placed, a step taken), by Sweden's clock like every other
 * time the galleria shows: by the device's clock an order "Lagd 12:50" sat beside its booked
 * time "13:40" on a device set to another zone, and the server's rendering could differ from
 * the browser's.
 */
export function formatDateTime(isoDate: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocaleTags[locale], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: stockholm,
  }).format(new Date(isoDate));
}

/** Noon UTC of a Swedish calendar day: the same day in Stockholm in winter and summer alike. */
const noonOf = (isoDate: string) => new Date(`${isoDate}T12:00:00Z`);

/** An instant as a Swedish wall-clock time with its day: "tors 3 dec. 18:00". */
export function formatSwedishTime(isoInstant: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocaleTags[locale], {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: stockholm,
  }).format(new Date(isoInstant));
}

/** A Swedish calendar day (YYYY-MM-DD) with its weekday: "torsdag 3 december". */
export function formatSwedishDay(isoDate: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocaleTags[locale], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: stockholm,
  }).format(noonOf(isoDate));
}

/** An instant (ISO) with its long weekday, Swedish time: "tisdag 1 december kl. 18:00". */
export function formatSwedishDayAndTime(isoInstant: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocaleTags[locale], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: stockholm,
  }).format(new Date(isoInstant));
}

const dateWithYear = (locale: Locale) =>
  new Intl.DateTimeFormat(intlLocaleTags[locale], {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: stockholm,
  });

/**
 * A Swedish calendar day (YYYY-MM-DD) with its year, where the year can differ from this
 * one (an agreement's end, a rule's validity, a report's line): "2 nov. 2026", "2 Nov 2026".
 */
export function formatSwedishDate(isoDate: string, locale: Locale): string {
  return dateWithYear(locale).format(noonOf(isoDate));
}

/** Two calendar days as one span, saying the month and year once: "1–7 dec. 2025". */
export function formatSwedishDateRange(from: string, to: string, locale: Locale): string {
  return dateWithYear(locale).formatRange(noonOf(from), noonOf(to));
}

/** A month (YYYY-MM): "november 2026" in a sentence or heading, "nov. 2026" on a chart's axis. */
export function formatSwedishMonth(
  yearMonth: string,
  locale: Locale,
  length: 'long' | 'short' = 'long',
): string {
  return new Intl.DateTimeFormat(intlLocaleTags[locale], {
    month: length,
    year: 'numeric',
    timeZone: stockholm,
  }).format(noonOf(`${yearMonth}-01`));
}
