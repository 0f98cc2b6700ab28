import { intlLocaleTags } from '@e-galleria/shared/intl-locale-tags';
import type { Locale } from '@e-galleria/shared/locales';

/** The day an application or decision was made, as Swedes read it: "3 dec. 2026". */
export function formatDecisionDay(isoInstant: string | null, locale: Locale): string {
  if (!isoInstant) return '';
  return new Intl.DateTimeFormat(intlLocaleTags[locale], {
    dateStyle: 'medium',
    timeZone: 'Europe/Stockholm',
  }).format(new Date(isoInstant));
}
