import { useId } from 'react';
import { Form, useMatch, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useRootData } from '../routes/root-data.ts';

/** Where a search from this page goes: the shown municipality's galleria, else the region. */
export function useSearchPath(): { path: string; municipalityName: string | null } {
  const { municipalities } = useRootData();
  const shownSlug = useMatch('/:slug/*')?.params.slug ?? '';
  const municipality = municipalities.find(
    (candidate) => candidate.slug === shownSlug && candidate.status === 'active',
  );
  return municipality
    ? { path: `/${municipality.slug}/sok`, municipalityName: municipality.name }
    : { path: '/sok', municipalityName: null };
}

/**
 * A plain GET form: the query lands in the URL (`/arjeplog/sok?q=…`), so results can be
 * bookmarked, shared and restored by the back button, and it works before any script runs.
 */
export function ProductSearchBox({ variant }: { variant: 'header' | 'page' }) {
  const { t } = useTranslation();
  const id = useId();
  const { path, municipalityName } = useSearchPath();
  const [searchParams] = useSearchParams();
  const label = municipalityName
    ? t('catalogue.searchBox.labelIn', { municipality: municipalityName })
    : t('catalogue.searchBox.labelRegion');
  return (
    <Form
      method="get"
      action={path}
      role="search"
      aria-label={variant === 'header' ? t('catalogue.searchBox.headerLandmark') : label}
      className={`product-search product-search--${variant}`}
    >
      <label htmlFor={id} className={variant === 'header' ? 'visually-hidden' : 'field__label'}>
        {label}
      </label>
      <div className="product-search__row">
        <input
          id={id}
          type="search"
          name="q"
          className="input"
          // The header box shows the current query on the results page, so it can be refined.
          defaultValue={variant === 'header' ? (searchParams.get('q') ?? '') : ''}
          key={variant === 'header' ? (searchParams.get('q') ?? '') : 'page'}
          placeholder={t('catalogue.searchBox.placeholder')}
          enterKeyHint="search"
        />
        <button type="submit" className="button button--compact">
          {t('catalogue.searchBox.submit')}
        </button>
      </div>
    </Form>
  );
}
