import type { Locale } from '@e-galleria/shared/locales';

const localeTags: Record<Locale, string> = { sv: 'sv-SE', en: 'en-GB' };

/** Kilometres with one decimal in the reader's language: "739,4" in Swedish, "739.4" in English. */
export function formatKilometres(km: number, locale: Locale): string {
  return new Intl.NumberFormat(localeTags[locale], {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(km);
}
