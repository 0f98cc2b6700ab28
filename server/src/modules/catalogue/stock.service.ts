import type { Transaction } from '../../db/database.ts';
import type { WritePart } from '../../db/write-parts.ts';
import { AppError } from '../../errors.ts';
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
     * Takes stock for checkout lines, atomically on both engines, as a part of the caller's
     * writes (`sendParts`, decision 0052): null when no line tracks stock. Once the parts are
     * sent, `settle` with the part's rows: a variant that had too little fails with
     * `out_of_stock`, and the caller's transaction gives back what the others gave. Products
     * with nothing left leave the "in stock" listings.
     */
    takingPart(
      trx: Transaction,
      lines: readonly StockLine[],
    ): {
      part: WritePart;
      settle: (rows: readonly Record<string, unknown>[]) => Promise<void>;
    } | null {
      const wanted = byVariant(lines);
      if (wanted.length === 0) return null;
      return {
        part: stock.takeAllPart(
          wanted.map(([variantId, { quantity }]) => ({ variantId, quantity })),
          trx,
        ),
        async settle(rows) {
          const left = new Map(rows.map((row) => [String(row.id), Number(row.stock)]));
          const soldOut: string[] = [];
          for (const [variantId, { productId }] of wanted) {
            const stockLeft = left.get(variantId);
            if (stockLeft === undefined)
              throw new AppError('out_of_stock', 'Not enough left of an item in the basket.');
            if (stockLeft === 0) soldOut.push(productId);
          }
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
