import type { Queryable, Transaction } from '../../db/database.ts';
import type { PartCheck, WritePart } from '../../db/write-parts.ts';
import type { StockRepository } from './stock.repository.ts';

/** Goods of one line of an order: how many of which variant of which product. */
export type StockLine = { productId: string; variantId: string; quantity: number };

/** Variants in id order, so two transactions never lock rows in opposite orders. */
function byVariant(lines: readonly StockLine[]) {
  const quantities = new Map<string, { productId: string; quantity: number }>();
  for (const line of lines) {
    const known = quantities.get(line.variantId);
    quantities.set(line.variantId, {
      productId: line.productId,
      quantity: (known?.quantity ?? 0) + line.quantity,
    });
  }
  return [...quantities].sort(([a], [b]) => a.localeCompare(b));
}

/**
 * The catalogue owns stock (docs/decisions/0019): checkout takes it and the order lifecycle
 * gives it back, through this door, in their own transactions.
 */
export function createStockService(deps: { stock: StockRepository }) {
  const { stock } = deps;
  return {
    /**
     * Takes stock for checkout lines, atomically on both engines, as parts of the caller's
     * writes (`sendParts`, decision 0052): null when no line tracks stock. `part` goes first
     * (its row locks), `flagsPart` (PostgreSQL: products with nothing left leave the "in stock"
     * listings in the same statement) last, and `check` among the caller's checks: a variant
     * that had too little fails it with `out_of_stock`. Once sent, `settle` with `part`'s rows
     * (SQLite: clears the flags with a statement of its own in the caller's transaction).
     */
    takingPart(
      trx: Queryable,
      lines: readonly StockLine[],
    ): {
      part: WritePart;
      flagsPart: WritePart | null;
      check: (part: number) => PartCheck;
      settle: (rows: readonly Record<string, unknown>[]) => Promise<void>;
    } | null {
      const wanted = byVariant(lines);
      if (wanted.length === 0) return null;
      const flagsPart = stock.clearInStockFlagsPart(trx);
      return {
        part: stock.takeAllPart(
          wanted.map(([variantId, { quantity }]) => ({ variantId, quantity })),
          trx,
        ),
        flagsPart,
        // A row for each variant that had enough.
        check: (part) => ({ part, rows: wanted.length, refusal: 'out_of_stock' }),
        async settle(rows) {
          if (flagsPart) return;
          const left = new Map(rows.map((row) => [String(row.id), Number(row.stock)]));
          const soldOut = wanted.flatMap(([variantId, { productId }]) =>
            left.get(variantId) === 0 ? [productId] : [],
          );
          // Taking stock never puts anything in stock: one statement, and none when nothing ran out.
          if (soldOut.length > 0) await stock.clearInStockFlags(soldOut, trx);
        },
      };
    },

    /** Gives stock back; the caller's status change guarantees it happens once per order. */
    async giveBack(trx: Transaction, lines: readonly StockLine[]): Promise<void> {
      if (lines.length === 0) return;
      for (const [variantId, { quantity }] of byVariant(lines))
        await stock.giveBack(variantId, quantity, trx);
      await stock.setInStockFlags(
        lines.map((line) => line.productId),
        trx,
      );
    },
  };
}

export type StockService = ReturnType<typeof createStockService>;
