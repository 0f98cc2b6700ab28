import { describe, expect, it } from 'vitest';
import type { CounterParcel } from '@e-galleria/shared/counter';
import { groupExpectedByDay, relativeDay } from './expected-days.ts';

function parcel(id: string, pickupDate: string, status: CounterParcel['status']): CounterParcel {
  return {
    id,
    parcelCode: `${id.toUpperCase()}2345678`,
    status,
    shop: { id: 'shop', name: 'Butiken' },
    resident: { name: 'Test Testsson' },
    storageClass: 'ambient',
    totalOre: 2500,
    paymentMethod: 'pay_at_pickup',
    handover: { id: `h-${id}`, pickupDate, lastDay: null, codeCheck: 0 },
    isDueForReturn: false,
  };
}

const range = { from: '2026-11-30', until: '2026-12-02' };

describe('the counter’s expected parcels by day', () => {
  it('gives every day of the range a group, empty days included, and leaves out what has arrived', () => {
    const { late, days } = groupExpectedByDay(
      [
        parcel('a', '2026-12-01', 'in_transit'),
        parcel('b', '2026-12-01', 'packed'),
        parcel('c', '2026-12-01', 'arrived'),
      ],
      range,
      '2026-11-30',
    );
    expect(late).toEqual([]);
    expect(days.map((day) => [day.date, day.parcels.map((item) => item.id)])).toEqual([
      ['2026-11-30', []],
      ['2026-12-01', ['a', 'b']],
      ['2026-12-02', []],
    ]);
  });

  it('puts parcels whose day has passed under late, and starts at the phone’s today', () => {
    const { late, days } = groupExpectedByDay(
      [parcel('a', '2026-11-30', 'in_transit'), parcel('b', '2026-12-01', 'in_transit')],
      range,
      '2026-12-01',
    );
    expect(late.map((item) => item.id)).toEqual(['a']);
    expect(days.map((day) => day.date)).toEqual(['2026-12-01', '2026-12-02']);
  });

  it('keeps a parcel due after the range under its own day instead of losing it', () => {
    const { days } = groupExpectedByDay(
      [parcel('a', '2026-12-05', 'in_transit')],
      range,
      '2026-11-30',
    );
    expect(days.at(-1)).toMatchObject({ date: '2026-12-05', parcels: [{ id: 'a' }] });
  });

  it('names today and tomorrow, and leaves other days to their date', () => {
    expect(relativeDay('2026-11-30', '2026-11-30')).toBe('today');
    expect(relativeDay('2026-12-01', '2026-11-30')).toBe('tomorrow');
    expect(relativeDay('2026-12-02', '2026-11-30')).toBe('other');
  });
});
