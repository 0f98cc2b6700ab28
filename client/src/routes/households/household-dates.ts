import type { Locale } from '@e-galleria/shared/locales';

const localeTags: Record<Locale, string> = { sv: 'sv-SE', en: 'en-GB' };

/** The day an application or decision was made, as Swedes read it: "3 dec. 2026". */
export function formatDecisionDay(isoInstant: string | null, locale: Locale): string {
  if (!isoInstant) return '';
  return new Intl.DateTimeFormat(localeTags[locale], {
    dateStyle: 'medium',
    timeZone: 'Europe/Stockholm',
  }).format(new Date(isoInstant));
}
