import i18next from 'i18next';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import type { Locale } from '@e-galleria/shared/locales';
import { en } from './en.ts';
import { sv } from './sv.ts';

// For unit tests only: the app's texts in an i18next of their own, set up as i18n.ts sets
// up the app's, so a component renders as it does on the server.
const i18n = i18next.createInstance();
await i18n.use(initReactI18next).init({
  resources: { sv: { translation: sv }, en: { translation: en } },
  lng: 'sv',
  initAsync: false,
  interpolation: { escapeValue: false },
  contextSeparator: '^',
});

/** An element rendered to static HTML in a language, with the app's texts. */
export function renderToHtml(element: ReactElement, language: Locale = 'sv'): string {
  void i18n.changeLanguage(language);
  return renderToStaticMarkup(<I18nextProvider i18n={i18n}>{element}</I18nextProvider>);
}
