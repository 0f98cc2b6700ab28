import type { Locale } from './locales.ts';

/**
 * The BCP 47 tag each language's numbers, money and dates are written with (Intl). English is
 * British: day before month, as Swedish readers of English expect. No zod here: the
 * storefront formats with it.
 */
export const intlLocaleTags = { sv: 'sv-SE', en: 'en-GB', fi: 'fi-FI' } as const satisfies Record<
  Locale,
  string
>;
export type IntlLocaleTag = (typeof intlLocaleTags)[Locale];

/**
 * One formatter per language the galleria speaks, built once (building an Intl formatter costs
 * far more than using one), looked up by the reader's locale.
 */
export function perLocale<Formatter>(
  build: (tag: IntlLocaleTag) => Formatter,
): Record<Locale, Formatter> {
  return Object.fromEntries(
    Object.entries(intlLocaleTags).map(([locale, tag]) => [locale, build(tag)]),
  ) as Record<Locale, Formatter>;
}
