import type { Locale } from '@e-galleria/shared/locales';

const localeTags: Record<Locale, string> = { sv: 'sv-SE', en: 'en-GB' };
// Pickup dates and cut-offs are Swedish wall-clock time wherever the reader is.
const timeZone = 'Europe/Stockholm';

/** A calendar date ('YYYY-MM-DD') as "torsdag 3 december". */
export function formatPickupDate(date: string, locale: Locale): string {
  // Noon UTC is the same calendar day in every zone we format in.
  return new Intl.DateTimeFormat(localeTags[locale], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${date}T12:00:00Z`));
}

/** An instant (ISO) as "tisdag 1 december 18:00", Swedish time. */
export function formatPickupInstant(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(localeTags[locale], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(new Date(iso));
}
