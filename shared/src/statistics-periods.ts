// Periods of the statistics pages (decision 0038): presets, the same period a year earlier,
// and the rules a period must keep. No zod: the client checks a period before it asks.

export type StatisticsPeriod = { from: string; to: string };
export type PeriodKind = 'month' | 'quarter' | 'year' | 'custom';

/** The longest period a page answers for: ten years of months. */
export const maxPeriodYears = 10;

const pad = (value: number) => String(value).padStart(2, '0');
/** A year as ISO dates write it, four digits (`999` → `0999`), so the strings still compare. */
const padYear = (value: number) => String(value).padStart(4, '0');

function lastDayOf(year: number, month: number): number {
  // setUTCFullYear, not Date.UTC: that reads years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}

/** The month, quarter or year that contains `date` ('YYYY-MM-DD'). */
export function presetPeriod(kind: Exclude<PeriodKind, 'custom'>, date: string): StatisticsPeriod {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  if (kind === 'year') return { from: `${padYear(year)}-01-01`, to: `${padYear(year)}-12-31` };
  const first = kind === 'month' ? month : Math.floor((month - 1) / 3) * 3 + 1;
  const last = kind === 'month' ? month : first + 2;
  return {
    from: `${padYear(year)}-${pad(first)}-01`,
    to: `${padYear(year)}-${pad(last)}-${pad(lastDayOf(year, last))}`,
  };
}

/** The same day a year earlier; 29 February becomes the 28th. */
export function yearEarlier(date: string): string {
  const year = Number(date.slice(0, 4)) - 1;
  const month = Number(date.slice(5, 7));
  const day = Math.min(Number(date.slice(8, 10)), lastDayOf(year, month));
  return `${padYear(year)}-${pad(month)}-${pad(day)}`;
}

export function previousYearPeriod(period: StatisticsPeriod): StatisticsPeriod {
  return { from: yearEarlier(period.from), to: yearEarlier(period.to) };
}

/** The months a period touches, 'YYYY-MM', in order. */
export function monthsOf(period: StatisticsPeriod): string[] {
  const months: string[] = [];
  let year = Number(period.from.slice(0, 4));
  let month = Number(period.from.slice(5, 7));
  const end = period.to.slice(0, 7);
  for (;;) {
    const key = `${padYear(year)}-${pad(month)}`;
    if (key > end) break;
    months.push(key);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

export type PeriodProblem = {
  field: 'from' | 'to';
  code: 'ends_before_starts' | 'date_in_future' | 'period_too_long';
  message: string;
};

/**
 * What is wrong with a period of valid dates, by field: it starts after it ends, it reaches
 * past today (figures of days not lived yet), or it is longer than ten years.
 */
export function periodProblems(period: StatisticsPeriod, today: string): PeriodProblem[] {
  const problems: PeriodProblem[] = [];
  if (period.from > today)
    problems.push({ field: 'from', code: 'date_in_future', message: 'from is after today' });
  if (period.to > today)
    problems.push({ field: 'to', code: 'date_in_future', message: 'to is after today' });
  if (period.from > period.to)
    problems.push({ field: 'to', code: 'ends_before_starts', message: 'to is before from' });
  else {
    const limit = `${padYear(Number(period.from.slice(0, 4)) + maxPeriodYears)}${period.from.slice(4)}`;
    if (period.to >= limit)
      problems.push({
        field: 'to',
        code: 'period_too_long',
        message: `at most ${maxPeriodYears} years`,
      });
  }
  return problems;
}

/** Small-number suppression (decision 0038): fewer than 3 people is shown as "< 3". */
export function suppressSmallCount(count: number): string {
  return count < 3 ? '< 3' : String(count);
}
