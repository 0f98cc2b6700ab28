import { useTranslation } from 'react-i18next';
import type { Locale } from '@e-galleria/shared/locales';
import { isSupportedLocale } from './i18n.ts';

/** The interface language as a shared `Locale`; re-renders the caller when it changes. */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return isSupportedLocale(i18n.language) ? i18n.language : 'sv';
}
