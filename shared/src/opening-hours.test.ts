import { describe, expect, it } from 'vitest';
import { formatIntervals, intervalsOn, isOpenAt, localTimeIn } from './opening-hours.ts';
import type { OpeningHours } from './shops.ts';

const hours: OpeningHours = {
  weekly: [
    { weekday: 1, opens: '09:00', closes: '18:00' },
    { weekday: 6, opens: '10:00', closes: '14:00' },
  ],
  exceptions: [
    { date: '2026-12-25', closed: true, intervals: [], note: 'Juldagen' },
    {
      date: '2026-12-24',
      closed: false,
      intervals: [{ opens: '10:00', closes: '12:00' }],
      note: 'Julafton',
    },
  ],
};

describe('isOpenAt', () => {
  it('is open inside a weekday interval by Swedish wall-clock time', () => {
    // Monday 2026-11-23 12:00 in Stockholm (UTC+1 in winter).
    expect(isOpenAt(hours, new Date('2026-11-23T11:00:00Z'))).toBe(true);
  });

  it('is closed on a weekday without intervals', () => {
    expect(isOpenAt(hours, new Date('2026-11-24T11:00:00Z'))).toBe(false);
  });

  it('includes the opening minute and excludes the closing minute', () => {
    expect(isOpenAt(hours, new Date('2026-11-23T08:00:00Z'))).toBe(true);
    expect(isOpenAt(hours, new Date('2026-11-23T07:59:00Z'))).toBe(false);
    expect(isOpenAt(hours, new Date('2026-11-23T17:00:00Z'))).toBe(false);
    expect(isOpenAt(hours, new Date('2026-11-23T16:59:00Z'))).toBe(true);
  });

  it('is closed on a holiday even when its weekday has hours', () => {
    // 2026-12-25 is a Friday; make Friday open to prove the exception wins.
    const withFriday: OpeningHours = {
      ...hours,
      weekly: [...hours.weekly, { weekday: 5, opens: '09:00', closes: '18:00' }],
    };
    expect(isOpenAt(withFriday, new Date('2026-12-25T11:00:00Z'))).toBe(false);
    expect(isOpenAt(withFriday, new Date('2026-12-18T11:00:00Z'))).toBe(true);
  });

  it('uses an exception’s own intervals on a day with shortened hours', () => {
    expect(isOpenAt(hours, new Date('2026-12-24T09:30:00Z'))).toBe(true);
    expect(isOpenAt(hours, new Date('2026-12-24T11:30:00Z'))).toBe(false);
  });

  it('follows summer time', () => {
    // Monday 2026-06-01 08:30 UTC is 10:30 in Stockholm (UTC+2).
    expect(localTimeIn(new Date('2026-06-01T08:30:00Z'), 'Europe/Stockholm')).toEqual({
      date: '2026-06-01',
      weekday: 1,
      time: '10:30',
    });
    expect(isOpenAt(hours, new Date('2026-06-01T06:59:00Z'))).toBe(false);
    expect(isOpenAt(hours, new Date('2026-06-01T07:00:00Z'))).toBe(true);
  });
});

describe('intervalsOn', () => {
  it('gives the weekday’s intervals, a holiday’s own intervals, or none on a closed day', () => {
    expect(intervalsOn(hours, new Date('2026-11-23T06:00:00Z'))).toEqual([
      { opens: '09:00', closes: '18:00' },
    ]);
    expect(intervalsOn(hours, new Date('2026-12-24T06:00:00Z'))).toEqual([
      { opens: '10:00', closes: '12:00' },
    ]);
    expect(intervalsOn(hours, new Date('2026-12-25T11:00:00Z'))).toEqual([]);
  });

  it('takes the day by Swedish wall-clock time, not UTC', () => {
    // 23:30 UTC on Friday 2026-11-27 is already Saturday 00:30 in Stockholm.
    expect(intervalsOn(hours, new Date('2026-11-27T23:30:00Z'))).toEqual([
      { opens: '10:00', closes: '14:00' },
    ]);
  });
});

describe('formatIntervals', () => {
  const day = [
    { opens: '09:00', closes: '17:00' },
    { opens: '18:30', closes: '24:00' },
  ];
  it('writes times as the shops enter them in Swedish and English', () => {
    expect(formatIntervals(day, 'sv')).toBe('09:00–17:00, 18:30–24:00');
    expect(formatIntervals(day, 'en')).toBe('09:00–17:00, 18:30–24:00');
  });
  it('writes them the Finnish way in Finnish: no leading zero, a full stop', () => {
    expect(formatIntervals(day, 'fi')).toBe('9.00–17.00, 18.30–24.00');
  });
});
