import { describe, expect, it } from 'vitest';
import { standingTotals } from './order-parts.tsx';

const order = (status: 'placed' | 'cancelled' | 'collected', totalOre: number, rate: number) => ({
  status,
  totalOre,
  vat: [{ rateBasisPoints: rate, grossOre: totalOre, vatOre: Math.round(totalOre / 10) }],
});

describe('what a checkout comes to', () => {
  it('leaves out a cancelled shop order, its total and its VAT, and says how much', () => {
    const totals = standingTotals([
      order('placed', 56570, 600),
      order('cancelled', 7500, 600),
      order('collected', 1000, 2500),
    ]);
    expect(totals.totalOre).toBe(57570);
    expect(totals.stoppedOre).toBe(7500);
    expect(totals.vat).toEqual([
      { rateBasisPoints: 600, grossOre: 56570, vatOre: 5657 },
      { rateBasisPoints: 2500, grossOre: 1000, vatOre: 100 },
    ]);
  });
});
