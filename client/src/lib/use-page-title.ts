import { createContext, useContext, useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * "Title – e-galleria", unless the title already names the galleria ("Välkommen till
 * Kirunas e-galleria"): a screen reader should not hear the name twice.
 */
export function documentTitleOf(title: string, suffix: string): string {
  return title.toLocaleLowerCase().includes(suffix.toLocaleLowerCase())
    ? title
    : `${title} – ${suffix}`;
}

/**
 * On the server, where effects never run, a render is told its page's title here, so a page
 * rendered there arrives with its title instead of gaining it at hydration (decision 0051).
 */
export const PageTitleSink = createContext<((title: string) => void) | null>(null);

/** Screen-reader users hear the title first on every navigation (WCAG 2.4.2). */
export function usePageTitle(title: string): void {
  const { t } = useTranslation();
  const suffix = t('app.titleSuffix');
  useContext(PageTitleSink)?.(documentTitleOf(title, suffix));
  useEffect(() => {
    document.title = documentTitleOf(title, suffix);
  }, [title, suffix]);
}
