import { describe, expect, it } from 'vitest';
import { formatSwedishDay, formatSwedishTime } from './format-date.ts';

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
});
