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
