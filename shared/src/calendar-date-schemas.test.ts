import { describe, expect, it } from 'vitest';
import {
  calendarDateSchema,
  calendarInstantSchema,
  calendarMonthSchema,
  epochMsSchema,
} from './calendar-date-schemas.ts';

const codesOf = (result: { error?: { issues: { code: string }[] } }) =>
  result.error?.issues.map((issue) => issue.code) ?? [];

describe('calendar dates people send', () => {
  it('takes real dates from 2000-01-01 to 2199-12-31', () => {
    for (const date of ['2000-01-01', '2026-12-07', '2028-02-29', '2199-12-31'])
      expect(calendarDateSchema.safeParse(date).success, date).toBe(true);
  });

  it('refuses the day before, the day after, other years and dates that do not exist', () => {
    for (const date of [
      '1999-12-31',
      '2200-01-01',
      '0000-01-01',
      '0999-12-01',
      '9999-12-31',
      '2026-02-30',
      '2027-02-29',
      '2026-13-01',
      '2026-1-01',
      '+02026-01-01',
      '2026-01-01T00:00:00Z',
      '',
    ])
      expect(codesOf(calendarDateSchema.safeParse(date)), date).toEqual(['invalid_format']);
  });

  it('names the range in its message', () => {
    expect(calendarDateSchema.safeParse('1999-12-31').error?.issues[0]?.message).toBe(
      'A date as YYYY-MM-DD from 2000-01-01 to 2199-12-31.',
    );
  });
});

describe('instants people send', () => {
  it('takes ISO instants with an offset in the years 2000–2199', () => {
    for (const instant of [
      '2000-01-01T00:00:00Z',
      '2026-12-07T10:00:00+01:00',
      '2199-12-31T23:59:59Z',
    ])
      expect(calendarInstantSchema.safeParse(instant).success, instant).toBe(true);
  });

  it('refuses year 0000, year 9999, no offset and no time', () => {
    for (const instant of [
      '0000-01-01T00:00:00Z',
      '9999-12-31T23:59:00-12:00',
      '1999-12-31T23:59:59Z',
      '2200-01-01T00:00:00Z',
      '2026-12-07T10:00:00',
      '2026-12-07',
    ])
      expect(codesOf(calendarInstantSchema.safeParse(instant)), instant).toEqual([
        'invalid_format',
      ]);
  });
});

describe('months and epoch milliseconds', () => {
  it('takes months from 2000-01 to 2199-12 only', () => {
    expect(calendarMonthSchema.safeParse('2000-01').success).toBe(true);
    expect(calendarMonthSchema.safeParse('2199-12').success).toBe(true);
    for (const month of ['1999-12', '2200-01', '0000-02', '2026-13', '2026-00', '2026-1'])
      expect(codesOf(calendarMonthSchema.safeParse(month)), month).toEqual(['invalid_format']);
  });

  it('takes whole milliseconds within 2000–2199', () => {
    expect(epochMsSchema.safeParse(Date.parse('2000-01-01T00:00:00Z')).success).toBe(true);
    expect(epochMsSchema.safeParse(Date.parse('2199-12-31T23:59:59.999Z')).success).toBe(true);
    expect(codesOf(epochMsSchema.safeParse(Date.parse('1999-12-31T23:59:59.999Z')))).toEqual([
      'too_small',
    ]);
    expect(codesOf(epochMsSchema.safeParse(Date.parse('2200-01-01T00:00:00Z')))).toEqual([
      'too_big',
    ]);
    expect(codesOf(epochMsSchema.safeParse(Number.MAX_SAFE_INTEGER))).toEqual(['too_big']);
    expect(codesOf(epochMsSchema.safeParse(1.5e12 + 0.5))).toEqual(['invalid_type']);
  });
});
