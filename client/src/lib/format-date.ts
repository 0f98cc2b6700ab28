import type { Locale } from '@e-galleria/shared/locales';

const localeTags: Record<Locale, string> = { sv: 'sv-SE', en: 'en-GB' };

export function formatDateTime(isoDate: string, locale: Locale): string {
  return new Intl.DateTimeFormat(localeTags[locale], {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(isoDate));
}

// Pickup dates, ready times, cut-offs and slots are Swedish local time, whatever the
// visitor's device says: the shop and the service point keep Swedish hours.
const stockholm = 'Europe/Stockholm';

/** An instant as a Swedish wall-clock time with its day: "tors 3 dec. 18:00". */
export function formatSwedishTime(isoInstant: string, locale: Locale): string {
  return new Intl.DateTimeFormat(localeTags[locale], {
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
  // Noon UTC is the same calendar day in Stockholm in winter and summer alike.
  return new Intl.DateTimeFormat(localeTags[locale], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: stockholm,
  }).format(new Date(`${isoDate}T12:00:00Z`));
}
