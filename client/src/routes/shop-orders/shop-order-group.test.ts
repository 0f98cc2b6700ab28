import { describe, expect, it } from 'vitest';
import type { ShopOrder } from '@e-galleria/shared/orders';
import { groupOrders } from './shop-order-group.tsx';

/** An order collected at Laisvall on `date`, as far as grouping reads it. */
const order = (id: string, date: string) =>
  ({
    id,
    fulfilment: {
      method: 'pickup_at_service_point',
      servicePoint: { id: 'laisvall', name: 'Laisvall Byhandel', village: 'Laisvall' },
      date,
      readyAt: null,
    },
    lines: [{ slot: null }],
  }) as unknown as ShopOrder;

// As the server pages them: newest placed first.
const newestPlacedFirst = [
  order('c', '2026-11-12'),
  order('b', '2026-11-09'),
  order('b2', '2026-11-12'),
  order('a', '2026-11-05'),
];

describe('a shop’s orders in groups', () => {
  it('put the soonest day first in a working queue', () => {
    expect(groupOrders(newestPlacedFirst).map((group) => group.date)).toEqual([
      '2026-11-05',
      '2026-11-09',
      '2026-11-12',
    ]);
  });

  it('open a history on its newest orders, each group where its newest order is', () => {
    const groups = groupOrders(newestPlacedFirst, 'newest_first');
    expect(groups.map((group) => group.date)).toEqual(['2026-11-12', '2026-11-09', '2026-11-05']);
    expect(groups[0]?.orders.map((each) => each.id)).toEqual(['c', 'b2']);
  });
});
