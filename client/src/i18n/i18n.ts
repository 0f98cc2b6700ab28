import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '@e-galleria/shared/locales';
import type { Messages } from './messages.ts';
import { sv } from './sv.ts';

/**
 * Swedish, the source and most visitors' language, is in the first download; every other
 * language is its own chunk, fetched only by those who choose it (a fifth of the storefront's
 * first download was English nobody read). Keyed by the shared `Locale`: adding Finnish to
 * `shared` fails here until fi.ts exists.
 */
const loadersByLocale: Record<Locale, () => Promise<Messages>> = {
  sv: () => Promise.resolve(sv),
  en: () => import('./en.ts').then((module) => module.en),
  fi: () => import('./fi.ts').then((module) => module.fi),
};
export const supportedLocales = Object.keys(loadersByLocale) as Locale[];
const sourceLocale: Locale = 'sv';
const storageKey = 'e-galleria.locale';

export function isSupportedLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (supportedLocales as string[]).includes(value);
}

/** The language chosen on this device with the switch, if one was. */
function storedLocaleChoice(): Locale | null {
  try {
    const stored = localStorage.getItem(storageKey);
    return isSupportedLocale(stored) ? stored : null;
  } catch {
    // Storage can be blocked (privacy settings); Swedish is then the right default.
    return null;
  }
}

function readStoredLocale(): Locale {
  return storedLocaleChoice() ?? sourceLocale;
}

/**
 * The language to read in after logging in: one chosen on this device before (a Finnish
 * reader who pressed "Suomi" and then logged in landed on Swedish pages), else the account's.
 * The account is not changed: a device may be shared, and the account's language is the one
 * its mails are written in; the switch on a logged-in page changes both.
 */
export async function applyLocaleAfterLogIn(accountLocale: Locale): Promise<void> {
  await applyLocale(storedLocaleChoice() ?? accountLocale);
}

export const i18n = i18next.createInstance();

/** Makes a language's texts available; a failed download leaves the page in Swedish. */
async function loadLocale(locale: Locale): Promise<boolean> {
  if (i18n.hasResourceBundle(locale, 'translation')) return true;
  try {
    i18n.addResourceBundle(locale, 'translation', await loadersByLocale[locale]());
    return true;
  } catch {
    return false;
  }
}

/**
 * Swedish only, at once: what the server renders pages in (entry-server.tsx), since the
 * visitor's choice lives in their browser's storage. The browser starts the same way.
 */
export function initI18nInSwedish(): void {
  void i18n.use(initReactI18next).init({
    resources: { [sourceLocale]: { translation: sv } },
    lng: sourceLocale,
    fallbackLng: sourceLocale,
    supportedLngs: supportedLocales,
    // Resources are given, so init is synchronous.
    initAsync: false,
    // React escapes what it renders; escaping here too would show &amp; to users.
    interpolation: { escapeValue: false },
    returnNull: false,
    // Must match CustomTypeOptions (i18next.d.ts): keys like `not_found` are not contexts.
    contextSeparator: '^',
  });
}

/** Resolves once the first render can be in the visitor's language. */
export async function initI18n(): Promise<void> {
  i18n.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  const stored = readStoredLocale();
  initI18nInSwedish();
  if (stored !== sourceLocale && (await loadLocale(stored))) await i18n.changeLanguage(stored);
  // index.html says sv; a stored English choice must reach screen readers from the start.
  document.documentElement.lang = currentLocale();
}

export function currentLocale(): Locale {
  return isSupportedLocale(i18n.language) ? i18n.language : sourceLocale;
}

/** Switches the interface language on this device and remembers it. */
export async function applyLocale(locale: Locale): Promise<void> {
  try {
    localStorage.setItem(storageKey, locale);
  } catch {
    // Not remembered across visits then, but the switch itself still works.
  }
  if (await loadLocale(locale)) await i18n.changeLanguage(locale);
}
