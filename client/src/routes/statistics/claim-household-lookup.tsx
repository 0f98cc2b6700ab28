import { Form } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { SubsidyClaimHouseholdIdentity } from '@e-galleria/shared/subsidy-claims';
import { isApiError } from '../../api/api-error.ts';
import { lookUpClaimHousehold } from '../../api/subsidy-claims-api.ts';
import { formatOre } from '../../lib/money.ts';
import { formatPostalCode } from '../households/paths.ts';

/** The address parameter a looked-up reference travels in (`?ar=2025&hushall=H-…`). */
export const householdSearchParam = 'hushall';

export type HouseholdLookup =
  | { reference: string; found: SubsidyClaimHouseholdIdentity; problem: null }
  | { reference: string; found: null; problem: 'not_found' | 'invalid_format' };

/** The lookup the address asks for, if any; a refusal other than these two is thrown on. */
export async function lookUpFromSearch(
  search: URLSearchParams,
  slug: string,
  year: number,
  signal: AbortSignal,
): Promise<HouseholdLookup | null> {
  const reference = search.get(householdSearchParam)?.trim() ?? '';
  if (!reference) return null;
  try {
    return {
      reference,
      found: await lookUpClaimHousehold(slug, year, reference, signal),
      problem: null,
    };
  } catch (error) {
    if (isApiError(error, 'not_found')) return { reference, found: null, problem: 'not_found' };
    if (isApiError(error, 'validation_failed'))
      return { reference, found: null, problem: 'invalid_format' };
    throw error;
  }
}

/**
 * Whom a reference of the claim stands for: the claim names no one (decision 0043), but the
 * municipality must answer for every household it claims for, e.g. when the county board asks.
 */
export function ClaimHouseholdLookup({
  year,
  lookup,
}: {
  year: number;
  lookup: HouseholdLookup | null;
}) {
  const { t } = useTranslation('statistics');
  const { t: tMain } = useTranslation();
  const errorId = 'household-reference-error';
  return (
    <section aria-labelledby="claim-lookup" className="panel">
      <h3 id="claim-lookup">{t('claims.lookup.heading')}</h3>
      <Form method="get" className="statistics-period__fields">
        <input type="hidden" name="ar" value={year} />
        <div className={lookup?.problem ? 'field field--invalid' : 'field'}>
          <label htmlFor="household-reference" className="field__label">
            {t('claims.reference')}
          </label>
          {lookup?.problem ? (
            <p id={errorId} className="field__error" role="alert">
              {t(`claims.lookup.${lookup.problem}`, { reference: lookup.reference, year })}
            </p>
          ) : null}
          <input
            id="household-reference"
            name={householdSearchParam}
            className="input input--compact"
            placeholder="H-1234ABCD"
            defaultValue={lookup?.reference ?? ''}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={lookup?.problem ? true : undefined}
            aria-describedby={lookup?.problem ? errorId : undefined}
          />
        </div>
        <button type="submit" className="button button--compact">
          {t('claims.lookup.submit')}
        </button>
      </Form>
      {lookup?.found ? (
        <dl className="subsidy-claim__identity" aria-live="polite">
          <dt>{t('claims.reference')}</dt>
          <dd>{lookup.found.line.reference}</dd>
          <dt>{t('claims.lookup.name')}</dt>
          <dd>{lookup.found.household.name}</dd>
          <dt>{t('claims.lookup.address')}</dt>
          <dd>
            {lookup.found.household.streetAddress},{' '}
            {formatPostalCode(lookup.found.household.postalCode)} {lookup.found.household.village}
          </dd>
          <dt>{t('claims.lookup.eligibility')}</dt>
          <dd>
            {tMain(`households.eligibility.badge.${lookup.found.household.eligibility.status}`)}
          </dd>
          <dt>{t('claims.lookup.inClaim', { year: lookup.found.year })}</dt>
          <dd>
            {t('claims.lookup.line', {
              count: lookup.found.line.deliveries,
              capped: formatOre(lookup.found.line.cappedOre),
            })}
          </dd>
        </dl>
      ) : null}
    </section>
  );
}
