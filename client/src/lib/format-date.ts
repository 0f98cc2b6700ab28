import type { Locale } from '@e-galleria/shared/locales';

const localeTags: Record<Locale, string> = { sv: 'sv-SE', en: 'en-GB' };

export function formatDateTime(isoDate: string, locale: Locale): string {
  return new Intl.DateTimeFormat(localeTags[locale], {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(isoDate));
}
