import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Screen-reader users hear the title first on every navigation (WCAG 2.4.2). */
export function usePageTitle(title: string): void {
  const { t } = useTranslation();
  const suffix = t('app.titleSuffix');
  useEffect(() => {
    document.title = title === suffix ? title : `${title} – ${suffix}`;
  }, [title, suffix]);
}
