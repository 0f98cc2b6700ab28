import { useEffect } from 'react';
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

/** Screen-reader users hear the title first on every navigation (WCAG 2.4.2). */
export function usePageTitle(title: string): void {
  const { t } = useTranslation();
  const suffix = t('app.titleSuffix');
  useEffect(() => {
    document.title = documentTitleOf(title, suffix);
  }, [title, suffix]);
}
