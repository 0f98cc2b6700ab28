import { describe, expect, it } from 'vitest';
import {
  formatDateTime,
  formatSwedishDate,
  formatSwedishDateRange,
  formatSwedishDay,
  formatSwedishDayAndTime,
  formatSwedishMonth,
  formatSwedishTime,
} from './format-date.ts';

describe('Swedish dates and times', () => {
  it('shows a pickup day as the Swedish calendar day with its weekday', () => {
    expect(formatSwedishDay('2026-12-03', 'sv')).toBe('torsdag 3 december');
    expect(formatSwedishDay('2026-12-03', 'en')).toBe('Thursday 3 December');
  });

  it('shows an instant in Swedish local time whatever the device’s time zone', () => {
    // 17:00 UTC is 18:00 in Stockholm in winter.
    expect(formatSwedishTime('2026-12-01T17:00:00.000Z', 'sv')).toMatch(/18:00$/);
    expect(formatSwedishTime('2026-07-01T16:00:00.000Z', 'en')).toMatch(/18:00$/);
  });

  it('shows when something happened by Sweden’s clock too, in every language', () => {
    // 11:50 UTC is 12:50 in Stockholm in winter, whatever zone the test runs in.
    expect(formatDateTime('2026-12-07T11:50:00.000Z', 'sv')).toBe('7 dec. 2026 12:50');
    expect(formatDateTime('2026-12-07T11:50:00.000Z', 'fi')).toMatch(/klo 12\.50$/);
    expect(formatDateTime('2026-07-01T22:30:00.000Z', 'en')).toMatch(/^2 Jul 2026, 00:30$/);
  });

  it('shows a calendar day with its year, the same day in summer and winter', () => {
    expect(formatSwedishDate('2026-11-02', 'sv')).toBe('2 nov. 2026');
    expect(formatSwedishDate('2026-11-02', 'en')).toBe('2 Nov 2026');
    // Midsummer: summer time moves no day to the next or the one before.
    expect(formatSwedishDate('2026-06-19', 'sv')).toBe('19 juni 2026');
    expect(formatSwedishDate('2011-01-01', 'sv')).toBe('1 jan. 2011');
  });

  it('shows a span of days saying the month and year once, and both where they differ', () => {
    expect(formatSwedishDateRange('2025-12-01', '2025-12-07', 'sv')).toBe('1–7 dec. 2025');
    expect(formatSwedishDateRange('2025-11-01', '2026-01-31', 'sv')).toBe(
      '1 nov. 2025–31 jan. 2026',
    );
    expect(formatSwedishDateRange('2025-12-01', '2025-12-07', 'en')).toMatch(/^1\s–\s7 Dec 2025$/);
    expect(formatSwedishDateRange('2025-12-01', '2025-12-01', 'sv')).toBe('1 dec. 2025');
  });

  it('shows a month in words, short on a chart', () => {
    expect(formatSwedishMonth('2026-11', 'sv')).toBe('november 2026');
    expect(formatSwedishMonth('2026-11', 'en')).toBe('November 2026');
    expect(formatSwedishMonth('2026-11', 'sv', 'short')).toBe('nov. 2026');
    expect(formatSwedishMonth('2027-01', 'en', 'short')).toBe('Jan 2027');
  });

  it('shows an instant with its long weekday by Sweden’s clock, winter and summer', () => {
    expect(formatSwedishDayAndTime('2026-12-01T17:00:00Z', 'sv')).toBe(
      'tisdag 1 december kl. 18:00',
    );
    expect(formatSwedishDayAndTime('2027-06-01T16:00:00Z', 'sv')).toBe('tisdag 1 juni kl. 18:00');
    expect(formatSwedishDayAndTime('2026-12-01T17:00:00Z', 'en')).toMatch(
      /^Tuesday,? 1 December,? (at )?18:00$/,
    );
  });
});
