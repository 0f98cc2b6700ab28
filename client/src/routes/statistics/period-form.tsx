import { Form } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  periodProblems,
  presetPeriod,
  type PeriodKind,
  type PeriodProblem,
  type StatisticsPeriod,
} from '@e-galleria/shared/statistics-periods';

const kinds: PeriodKind[] = ['month', 'quarter', 'year', 'custom'];
const isDate = (value: string | null): value is string =>
  value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value);
const isMonth = (value: string | null): value is string =>
  value !== null && /^\d{4}-(0[1-9]|1[0-2])$/.test(value);

/** Today by the Swedish calendar, wherever the reader is. */
export function swedishToday(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
}

export type PeriodChoice = {
  kind: PeriodKind;
  /** The month a preset is taken around ('YYYY-MM'). */
  at: string;
  period: StatisticsPeriod;
  problems: PeriodProblem[];
};

/**
 * The period a page shows, from its address: a month, quarter or year around `at` (the one
 * still running ends today), or `from`–`to`. What is wrong is said by field before the API
 * is asked; the API checks the same rules (shared/src/statistics-periods.ts).
 */
export function periodFromSearch(search: URLSearchParams, today = swedishToday()): PeriodChoice {
  const asked = search.get('kind');
  const kind = kinds.find((candidate) => candidate === asked) ?? 'month';
  const atParam = search.get('at');
  const at = isMonth(atParam) ? atParam : today.slice(0, 7);
  if (kind === 'custom') {
    const from = search.get('from');
    const to = search.get('to');
    const period = isDate(from) && isDate(to) ? { from, to } : presetPeriod('month', today);
    return { kind, at, period, problems: periodProblems(period, today) };
  }
  const preset = presetPeriod(kind, `${at}-01`);
  // The month (quarter, year) still running is shown up to today.
  const period = {
    from: preset.from,
    to: preset.to > today && preset.from <= today ? today : preset.to,
  };
  return { kind, at, period, problems: periodProblems(period, today) };
}

/** Month, quarter, year or a period of one's own; a plain GET form, so the address says it. */
export function PeriodForm({ choice }: { choice: PeriodChoice }) {
  const { t } = useTranslation('statistics');
  const problemOf = (field: 'from' | 'to') =>
    choice.problems.find((problem) => problem.field === field);
  const errorText = (problem: PeriodProblem | undefined) =>
    problem
      ? t(
          problem.code === 'date_in_future'
            ? 'errors.dateInFuture'
            : problem.code === 'ends_before_starts'
              ? 'errors.endsBeforeStarts'
              : 'errors.periodTooLong',
        )
      : null;
  const fromError = errorText(problemOf('from'));
  const toError = errorText(problemOf('to'));
  return (
    <Form
      method="get"
      className="statistics-period panel"
      key={`${choice.kind}|${choice.at}|${choice.period.from}|${choice.period.to}`}
    >
      <fieldset>
        <legend>{t('period.legend')}</legend>
        <div className="statistics-period__fields">
          <div className="field">
            <label htmlFor="period-kind" className="field__label">
              {t('period.kind')}
            </label>
            <select
              id="period-kind"
              name="kind"
              className="input input--compact"
              defaultValue={choice.kind}
            >
              {kinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`period.${kind}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="period-at" className="field__label">
              {t('period.pick')}
            </label>
            <input
              id="period-at"
              type="month"
              name="at"
              className="input input--compact"
              defaultValue={choice.at}
            />
          </div>
          <div className="field">
            <label htmlFor="field-from" className="field__label">
              {t('period.from')}
            </label>
            <input
              id="field-from"
              type="date"
              name="from"
              className="input input--compact"
              defaultValue={choice.period.from}
              aria-invalid={fromError ? true : undefined}
              aria-describedby={fromError ? 'field-from-error' : undefined}
            />
            {fromError ? (
              <p id="field-from-error" className="field__error">
                {fromError}
              </p>
            ) : null}
          </div>
          <div className="field">
            <label htmlFor="field-to" className="field__label">
              {t('period.to')}
            </label>
            <input
              id="field-to"
              type="date"
              name="to"
              className="input input--compact"
              defaultValue={choice.period.to}
              aria-invalid={toError ? true : undefined}
              aria-describedby={toError ? 'field-to-error' : undefined}
            />
            {toError ? (
              <p id="field-to-error" className="field__error">
                {toError}
              </p>
            ) : null}
          </div>
          <button type="submit" className="button button--secondary button--compact">
            {t('period.show')}
          </button>
        </div>
      </fieldset>
    </Form>
  );
}
