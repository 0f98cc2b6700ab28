import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '@e-galleria/shared/locales';
import { en } from './en.ts';
import type { Messages } from './messages.ts';
import { sv } from './sv.ts';

/** Keyed by the shared `Locale`: adding Finnish to `shared` fails here until fi.ts exists. */
const messagesByLocale: Record<Locale, Messages> = { sv, en };
export const supportedLocales = Object.keys(messagesByLocale) as Locale[];
const sourceLocale: Locale = 'sv';
const storageKey = 'e-galleria.locale';

export function isSupportedLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (supportedLocales as string[]).includes(value);
}

function readStoredLocale(): Locale {
  try {
    const stored = localStorage.getItem(storageKey);
    return isSupportedLocale(stored) ? stored : sourceLocale;
  } catch {
    // Storage can be blocked (privacy settings); Swedish is then the right default.
    return sourceLocale;
  }
}

export const i18n = i18next.createInstance();

export function initI18n(): void {
  i18n.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  void i18n.use(initReactI18next).init({
    resources: Object.fromEntries(
      Object.entries(messagesByLocale).map(([locale, messages]) => [
        locale,
        { translation: messages },
      ]),
    ),
    lng: readStoredLocale(),
    fallbackLng: sourceLocale,
    supportedLngs: supportedLocales,
    // Resources are bundled, so init is synchronous and the first render is already translated.
    initAsync: false,
    // React escapes what it renders; escaping here too would show &amp; to users.
    interpolation: { escapeValue: false },
    returnNull: false,
    // Must match CustomTypeOptions (i18next.d.ts): keys like `not_found` are not contexts.
    contextSeparator: '^',
  });
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
  await i18n.changeLanguage(locale);
}
