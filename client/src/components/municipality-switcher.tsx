import { type SubmitEvent, useState } from 'react';
import { useMatch, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useIsHydrated } from '../lib/use-is-hydrated.ts';
import { useRootData } from '../routes/root-data.ts';

/**
 * A select with a button rather than navigation on change: moving through the options with
 * the arrow keys must not leave the page (WCAG 3.2.2).
 */
export function MunicipalitySwitcher() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { municipalities } = useRootData();
  const activeMunicipalities = municipalities.filter(
    (municipality) => municipality.status === 'active',
  );
  // A galleria's pages, and its admin's: on /admin/kommun/arjeplog the select says Arjeplog
  // rather than "Välj kommun".
  const adminSlug = useMatch('/admin/kommun/:slug/*')?.params.slug;
  const pageSlug = useMatch('/:slug/*')?.params.slug;
  const shownSlug = adminSlug ?? pageSlug ?? '';
  const currentSlug = activeMunicipalities.some((municipality) => municipality.slug === shownSlug)
    ? shownSlug
    : '';
  // A choice belongs to the page it was made on; on another municipality's page the select
  // shows that one again (derived here rather than reset in an effect).
  const [choice, setChoice] = useState({ slug: currentSlug, madeOn: currentSlug });
  const selectedSlug = choice.madeOn === currentSlug ? choice.slug : currentSlug;
  // The select has no name and the form no address: only the app can go to the choice, so on
  // a page the server rendered both wait for it (a tap before would reload the page, and a
  // choice made before it takes over would be reset to the page's own municipality).
  const isHydrated = useIsHydrated();

  function goToMunicipality(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (selectedSlug) void navigate(`/${selectedSlug}`);
  }

  return (
    <form className="municipality-switcher" onSubmit={goToMunicipality}>
      <label htmlFor="municipality-switcher" className="municipality-switcher__label">
        {t('header.municipalitySwitcherLabel')}
      </label>
      <select
        id="municipality-switcher"
        className="input input--compact"
        value={selectedSlug}
        disabled={!isHydrated}
        onChange={(event) => setChoice({ slug: event.target.value, madeOn: currentSlug })}
      >
        <option value="">{t('header.municipalitySwitcherPlaceholder')}</option>
        {activeMunicipalities.map((municipality) => (
          <option key={municipality.slug} value={municipality.slug}>
            {municipality.name}
          </option>
        ))}
      </select>
      <button
        type="submit"
        className="button button--secondary button--compact"
        disabled={!isHydrated}
      >
        {t('header.municipalitySwitcherSubmit')}
      </button>
    </form>
  );
}
