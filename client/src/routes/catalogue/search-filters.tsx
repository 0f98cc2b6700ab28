import { useState, useSyncExternalStore } from 'react';
import { Form, Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ProductFacets } from '@e-galleria/shared/catalogue';
import type { Category } from '@e-galleria/shared/shops';
import { sortSwedish } from '@e-galleria/shared/swedish-order';
import { useLocale } from '../../i18n/use-locale.ts';
import { formatOre } from '../../lib/money.ts';
import { priceProblems, searchSorts } from './search-params.ts';

type Option = { value: string; label: string };

/** Where the filters sit beside the results (catalogue.css, .search-layout). */
const wideLayout = '(min-width: 56rem)';

function isWideLayout(): boolean {
  return globalThis.matchMedia(wideLayout).matches;
}

function subscribeToLayout(listener: () => void): () => void {
  const query = globalThis.matchMedia(wideLayout);
  query.addEventListener('change', listener);
  return () => query.removeEventListener('change', listener);
}

/**
 * Facets as one GET form: choosing and submitting rewrites the URL, which is the whole state
 * of the search. Counts come from the API for the current query; a chosen value with no hits
 * stays listed so it can be seen and unchosen.
 */
export function SearchFilters({
  facets,
  categories,
}: {
  facets: ProductFacets;
  categories: readonly Category[];
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [params] = useSearchParams();
  // Beside the results on a wide screen; folded away above them on a phone. The server cannot
  // know the screen, so a rendered page arrives folded and opens as it hydrates on a wide one.
  const isWide = useSyncExternalStore(subscribeToLayout, isWideLayout, () => false);
  const [choice, setChoice] = useState<boolean | null>(null);
  const problems = priceProblems(params);
  // A price said to be wrong is seen: on a phone the filters are folded away otherwise.
  const isOpen = choice ?? (isWide || Object.keys(problems).length > 0);
  const value = (name: string) => params.get(name) ?? '';
  const withCount = (label: string, count: number) =>
    t('catalogue.filters.withCount', { label, count });
  const nameOfCategory = (id: string, slug: string) =>
    categories.find((category) => category.id === id)?.name[locale] ?? slug;

  const categoryOptions: Option[] = facets.categories.map((category) => ({
    value: category.slug,
    label: withCount(nameOfCategory(category.id, category.slug), category.count),
  }));
  // Places are looked for by name, so their options are in Swedish order, not by count.
  const shopOptions: Option[] = sortSwedish(facets.shops, (shop) => shop.name).map((shop) => ({
    value: shop.slug,
    label: withCount(shop.name, shop.count),
  }));
  const villageOptions: Option[] = sortSwedish(facets.villages, (village) => village.name).map(
    (village) => ({
      value: village.name,
      label: withCount(village.name, village.count),
    }),
  );
  const kindOptions: Option[] = [
    { value: 'good', label: withCount(t('catalogue.kind.goods'), facets.kinds.good) },
    { value: 'service', label: withCount(t('catalogue.kind.services'), facets.kinds.service) },
  ];

  return (
    <details
      className="search-filters panel"
      open={isOpen}
      onToggle={(event) => setChoice(event.currentTarget.open)}
    >
      <summary>
        <h2 id="filters-heading" className="search-filters__heading">
          {t('catalogue.filters.heading')}
        </h2>
      </summary>
      {/* Keyed by the URL, so after each search the fields show what was applied. */}
      <Form method="get" className="form" key={params.toString()}>
        <div className="field">
          <label htmlFor="search-q" className="field__label">
            {t('catalogue.filters.query')}
          </label>
          <input id="search-q" type="search" name="q" className="input" defaultValue={value('q')} />
        </div>
        <FilterSelect name="kind" label={t('catalogue.filters.kind')} options={kindOptions} />
        <FilterSelect
          name="category"
          label={t('catalogue.filters.category')}
          options={categoryOptions}
        />
        <FilterSelect name="shop" label={t('catalogue.filters.shop')} options={shopOptions} />
        <FilterSelect
          name="village"
          label={t('catalogue.filters.village')}
          options={villageOptions}
        />
        <fieldset className="fieldset">
          <legend>{t('catalogue.filters.price')}</legend>
          {facets.price ? (
            <p className="field__hint" id="price-range-hint">
              {t('catalogue.filters.priceRange', {
                min: formatOre(facets.price.minOre),
                max: formatOre(facets.price.maxOre),
              })}
            </p>
          ) : null}
          <div className="price-range">
            {(['priceMin', 'priceMax'] as const).map((name) => {
              const problem = problems[name];
              const errorId = `search-${name}-error`;
              return (
                <div className={problem ? 'field field--invalid' : 'field'} key={name}>
                  <label htmlFor={`search-${name}`} className="field__label">
                    {t(`catalogue.filters.${name}`)}
                  </label>
                  <input
                    id={`search-${name}`}
                    name={name}
                    className="input"
                    inputMode="decimal"
                    size={8}
                    defaultValue={value(name)}
                    aria-invalid={problem ? true : undefined}
                    aria-describedby={
                      [facets.price ? 'price-range-hint' : null, problem ? errorId : null]
                        .filter(Boolean)
                        .join(' ') || undefined
                    }
                  />
                </div>
              );
            })}
          </div>
          {/* Below both fields, full width: beside one of them it had a narrow column. */}
          {(['priceMin', 'priceMax'] as const).map((name) => {
            const problem = problems[name];
            return problem ? (
              <p key={name} id={`search-${name}-error`} className="field__error">
                {t(`catalogue.filters.priceProblem.${problem}`)}
              </p>
            ) : null;
          })}
        </fieldset>
        <div className="field field--checkbox">
          <input
            id="search-inStock"
            type="checkbox"
            name="inStock"
            value="true"
            defaultChecked={value('inStock') === 'true'}
          />
          <label htmlFor="search-inStock">
            {withCount(t('catalogue.filters.inStock'), facets.inStock)}
          </label>
        </div>
        <div className="field">
          <label htmlFor="search-sort" className="field__label">
            {t('catalogue.filters.sort')}
          </label>
          <select id="search-sort" name="sort" className="input" defaultValue={value('sort')}>
            <option value="">{t('catalogue.sort.default')}</option>
            {searchSorts.map((sort) => (
              <option key={sort} value={sort}>
                {t(`catalogue.sort.${sort}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="actions-row">
          <button type="submit" className="button">
            {t('catalogue.filters.apply')}
          </button>
          <Link
            to={value('q') ? `?q=${encodeURIComponent(value('q'))}` : '?'}
            className="button button--secondary"
          >
            {t('catalogue.filters.clear')}
          </Link>
        </div>
      </Form>
    </details>
  );
}

function FilterSelect({
  name,
  label,
  options,
}: {
  name: string;
  label: string;
  options: Option[];
}) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const chosen = params.get(name) ?? '';
  const shown =
    chosen && !options.some((option) => option.value === chosen)
      ? [...options, { value: chosen, label: chosen }]
      : options;
  return (
    <div className="field">
      <label htmlFor={`search-${name}`} className="field__label">
        {label}
      </label>
      <select id={`search-${name}`} name={name} className="input" defaultValue={chosen}>
        <option value="">{t('catalogue.filters.any')}</option>
        {shown.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
