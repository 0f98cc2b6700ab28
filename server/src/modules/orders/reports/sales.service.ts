import { swedishDateOf } from '@e-galleria/shared/calendar-dates';
import type { SalesFigures, SalesQuery, SalesReport } from '@e-galleria/shared/sales';
import { vatPerRate } from '@e-galleria/shared/vat';
import type { Actor } from '../../auth/access.port.ts';
import type { OrdersRepository, SoldLineRow } from '../orders.repository.ts';
import type { ShopAccess } from '../shop-orders/shop-access.ts';

/** Orders that were sold: not waiting for payment, and not ended without delivery. */
const unsoldStatuses = ['awaiting_payment', 'expired', 'declined', 'cancelled', 'returned'];

// A Swedish day starts at most two hours before the UTC day does; three hours of margin on
// each side, then the exact day is decided per order by Swedish time.
const margin = 3 * 3_600_000;

type SoldLine = SoldLineRow;

function figuresOf(lines: readonly SoldLine[]): SalesFigures {
  const orders = new Map<string, SoldLine>();
  for (const line of lines) orders.set(line.order_id, line);
  const figures = {
    orderCount: orders.size,
    totalOre: 0,
    vat: vatPerRate(
      lines.map((line) => ({
        grossOre: line.line_total_ore,
        rateBasisPoints: line.vat_rate_basis_points,
      })),
    ),
    payAtPickupOre: 0,
    cardOre: 0,
    transferredOre: 0,
    feeOre: 0,
  };
  for (const order of orders.values()) {
    figures.totalOre += order.order_total_ore;
    if (order.payment_method === 'card') figures.cardOre += order.order_total_ore;
    else figures.payAtPickupOre += order.order_total_ore;
    if (order.transfer_ore !== null) {
      figures.transferredOre += order.transfer_ore;
      figures.feeOre += order.order_total_ore - order.transfer_ore;
    }
  }
  return figures;
}

/** A shop's takings per period and per day, VAT per rate, and its card money (DESIGN §5). */
export function createSalesService(deps: { orders: OrdersRepository; access: ShopAccess }) {
  return {
    async report(actor: Actor | null, shopId: string, query: SalesQuery): Promise<SalesReport> {
      const { shop } = await deps.access.loadShop(actor, shopId, 'shop.sales.read');
      const range = {
        from: Date.parse(`${query.from}T00:00:00Z`) - margin,
        until: Date.parse(`${query.to}T00:00:00Z`) + 86_400_000 + margin,
        unsoldStatuses,
      };
      const lines = (await deps.orders.soldLines(shop.id, range)).filter((line) => {
        const day = swedishDateOf(line.created_at);
        return day >= query.from && day <= query.to;
      });
      const byDay = new Map<string, SoldLine[]>();
      for (const line of lines) {
        const day = swedishDateOf(line.created_at);
        byDay.set(day, [...(byDay.get(day) ?? []), line]);
      }
      return {
        sales: {
          from: query.from,
          to: query.to,
          ...figuresOf(lines),
          days: [...byDay.entries()].map(([date, dayLines]) => ({
            date,
            ...figuresOf(dayLines),
          })),
        },
      };
    },
  };
}

export type SalesService = ReturnType<typeof createSalesService>;
