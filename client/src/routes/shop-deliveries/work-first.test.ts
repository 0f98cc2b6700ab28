import { describe, expect, it } from 'vitest';
import { workFirst } from './shop-deliveries-page.tsx';

describe('the shop’s home deliveries', () => {
  it('list what still needs the shop first, soonest first, and then what is done, latest first', () => {
    const items = [
      { id: 'a', status: 'delivered', date: '2026-11-02' },
      { id: 'b', status: 'delivered', date: '2026-11-06' },
      { id: 'c', status: 'packed', date: '2026-12-08' },
      { id: 'd', status: 'delivery_failed', date: '2026-12-09' },
    ];
    expect(workFirst(items).map((item) => item.id)).toEqual(['c', 'd', 'b', 'a']);
  });
});
