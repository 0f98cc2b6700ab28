import type { Locale, LocalizedText } from './locales.ts';

/**
 * A municipality's or shop's text in the reader's language, falling back to Swedish, and
 * which language it is in, so a Swedish fallback on an English page can be marked
 * `lang="sv"` for screen readers (WCAG 3.1.2). No zod here: the storefront imports it.
 */
export function pickLocalizedText(
  text: LocalizedText,
  locale: Locale,
): { text: string; lang: Locale } {
  const translated = text[locale];
  return translated ? { text: translated, lang: locale } : { text: text.sv, lang: 'sv' };
}
