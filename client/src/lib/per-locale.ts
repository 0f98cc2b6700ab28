import { intlLocaleTags } from '@e-galleria/shared/intl-locale-tags';
import type { Locale } from '@e-galleria/shared/locales';

/**
 * One formatter per language the galleria speaks, built once (building an Intl formatter
 * costs far more than using one), looked up by the reader's locale.
 */
export function perLocale<Formatter>(
  build: (tag: (typeof intlLocaleTags)[Locale]) => Formatter,
): Record<Locale, Formatter> {
  return Object.fromEntries(
    Object.entries(intlLocaleTags).map(([locale, tag]) => [locale, build(tag)]),
  ) as Record<Locale, Formatter>;
}
