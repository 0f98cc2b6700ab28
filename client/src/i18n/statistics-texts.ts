import type { Locale } from '@e-galleria/shared/locales';
import { currentLocale, i18n, isSupportedLocale } from './i18n.ts';
import { svStatistics } from './sv-statistics.ts';

/**
 * The statistics pages' texts, a namespace of their own (decision 0037): they come with the
 * pages' lazy chunk, so the storefront's first download does not carry them. English and
 * Finnish are chunks of their own again, fetched only by those who read them.
 */
const loaders: Record<Locale, () => Promise<typeof svStatistics>> = {
  sv: () => Promise.resolve(svStatistics),
  en: () => import('./en-statistics.ts').then((module) => module.enStatistics),
  fi: () => import('./fi-statistics.ts').then((module) => module.fiStatistics),
};

async function add(locale: Locale) {
  if (!i18n.hasResourceBundle(locale, 'statistics'))
    i18n.addResourceBundle(locale, 'statistics', await loaders[locale]());
}

/** Resolves when the texts of the language shown (and Swedish, the fallback) are there. */
export async function loadStatisticsTexts(): Promise<void> {
  await Promise.all([add('sv'), add(currentLocale())]);
}

// A language switch on the page: fetch its texts before the page renders in it.
i18n.on('languageChanged', (language) => {
  if (isSupportedLocale(language)) void add(language);
});
