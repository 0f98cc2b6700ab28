import { afterAll, describe, expect, it } from 'vitest';
import { localInstant } from '@e-galleria/shared/local-time';
import { createDatabase } from './database.ts';
import { monthOfSql, type MonthBucket } from './month-buckets.ts';

const database = createDatabase('sqlite::memory:');
afterAll(() => database.close());

// The winter quarter of 2025–2026 in Swedish months, the last one clipped to 15 March.
const buckets: MonthBucket[] = [
  { month: '2026-01', start: localInstant('2026-01-01', 0), end: localInstant('2026-02-01', 0) },
  { month: '2026-02', start: localInstant('2026-02-01', 0), end: localInstant('2026-03-01', 0) },
  { month: '2026-03', start: localInstant('2026-03-01', 0), end: localInstant('2026-03-16', 0) },
];

async function monthOf(at: number): Promise<string | null> {
  const month = monthOfSql('x.at', buckets);
  const rows: { month: string | null }[] = await database.knex.raw(
    `SELECT ${month.sql} AS month FROM (SELECT CAST(? AS BIGINT) AS at) x`,
    [...month.bindings, at],
  );
  return rows[0]?.month ?? null;
}

describe('monthOfSql', () => {
  it('places an instant in the Swedish month it falls in, a month starting at its midnight', async () => {
    const february = localInstant('2026-02-01', 0);
    expect(await monthOf(localInstant('2026-01-01', 0))).toBe('2026-01');
    expect(await monthOf(february - 1)).toBe('2026-01');
    expect(await monthOf(february)).toBe('2026-02');
    // 23:30 UTC on 31 January is already 1 February in Sweden.
    expect(await monthOf(Date.UTC(2026, 0, 31, 23, 30))).toBe('2026-02');
    expect(await monthOf(localInstant('2026-03-15', 23 * 60))).toBe('2026-03');
  });

  it('places nothing after the period’s end (the query limits its rows to the period)', async () => {
    expect(await monthOf(localInstant('2026-03-16', 0))).toBeNull();
  });

  it('refuses a period without months', () => {
    expect(() => monthOfSql('x.at', [])).toThrow(RangeError);
  });
});
