import { Form } from 'react-router';
import { useTranslation } from 'react-i18next';
import { swedishDateOf } from '@e-galleria/shared/calendar-dates';
import { isApiError } from '../../api/api-error.ts';

/** The years a claim can be asked for: this one (preliminary) and ten before it. */
export function claimYears(now = Date.now()): number[] {
  const current = Number(swedishDateOf(now).slice(0, 4));
  return Array.from({ length: 11 }, (_, index) => current - index);
}

/**
 * The year in the address (`?ar=2025`); without one, last year: a claim is made after the
 * year, so that is the one a municipality looks for.
 */
export function claimYearFromSearch(search: URLSearchParams): number {
  const asked = Number(search.get('ar'));
  const [current = 2026, previous = current - 1] = claimYears();
  return Number.isInteger(asked) && asked >= 2000 && asked <= current ? asked : previous;
}

export type ClaimProblem = 'year_not_started' | 'no_subsidy_rule' | 'invalid';

/** A year the API refuses, as the page says it; anything else is thrown on. */
export function claimProblemOf(error: unknown): ClaimProblem {
  if (!isApiError(error, 'validation_failed')) throw error;
  const code = error.fieldErrors.find((problem) => problem.field === 'year')?.code;
  return code === 'year_not_started' || code === 'no_subsidy_rule' ? code : 'invalid';
}

export function ClaimYearForm({ year }: { year: number }) {
  const { t } = useTranslation('statistics');
  return (
    <Form method="get" className="statistics-period__fields panel">
      <div className="field">
        <label htmlFor="claim-year" className="field__label">
          {t('claims.year')}
        </label>
        <select id="claim-year" name="ar" className="input input--compact" defaultValue={year}>
          {claimYears().map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button--compact">
        {t('claims.show')}
      </button>
    </Form>
  );
}
