import { intlLocaleTags } from '@e-galleria/shared/intl-locale-tags';
import type { Locale } from '@e-galleria/shared/locales';

/** Kilometres with one decimal in the reader's language: "739,4" in Swedish, "739.4" in English. */
export function formatKilometres(km: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocaleTags[locale], {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(km);
}
