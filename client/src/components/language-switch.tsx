import { useRevalidator } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@e-galleria/shared/locales';
import { updateMe } from '../api/auth-api.ts';
import { applyLocale, supportedLocales } from '../i18n/i18n.ts';
import { useLocale } from '../i18n/use-locale.ts';
import { useIsHydrated } from '../lib/use-is-hydrated.ts';
import { useRootData } from '../routes/root-data.ts';

/** Language names are written in their own language and marked with `lang` for screen readers. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { me } = useRootData();
  const revalidator = useRevalidator();
  const shownLocale = useLocale();
  // Switching is the app's work: on a page the server rendered, not before it has taken over.
  const isHydrated = useIsHydrated();

  async function switchTo(locale: Locale) {
    if (locale === shownLocale) return;
    await applyLocale(locale);
    if (!me) return;
    try {
      // The account remembers the language for mail and for the next device.
      await updateMe({ locale });
      await revalidator.revalidate();
    } catch {
      // The page already speaks the new language; only the account preference lags behind,
      // and it is saved again with the next switch. Nothing here is worth an error message.
    }
  }

  return (
    <div role="group" aria-label={t('header.languageGroup')} className="language-switch">
      {supportedLocales.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          className="language-switch__option"
          aria-pressed={shownLocale === locale}
          disabled={!isHydrated}
          onClick={() => void switchTo(locale)}
        >
          {t(`languageNames.${locale}`)}
        </button>
      ))}
    </div>
  );
}
