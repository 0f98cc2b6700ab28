import {
  mayFire,
  orderEvents,
  stockReleasingStatuses,
  type OrderActor,
  type OrderEvent,
  type OrderStatus,
} from '@e-galleria/shared/order-status';
import type { Transaction, TransactionRunner } from '../../../db/database.ts';
import { newId } from '../../../db/ids.ts';
import { AppError, notFound } from '../../../errors.ts';
import type { RequestOrigin } from '../../../http/request-origin.ts';
import type { StockService } from '../../catalogue/stock.service.ts';
import type { OrdersRepository } from '../orders.repository.ts';

export type Transition = {
  orderId: string;
  /** When given, the order must belong to this shop (a shop never reaches another's orders). */
  shopId?: string;
  event: OrderEvent;
  by: { userId: string | null; kind: OrderActor };
  reason?: string;
  /** The request, surface, address and device it came from (or a job's, a webhook's). */
  origin: RequestOrigin;
};

/** The history row's "from where" columns (checkout writes its first rows with them too). */
export function statusEventOrigin(origin: RequestOrigin) {
  return {
    request_id: origin.requestId,
    channel: origin.channel,
    ip: origin.ip,
    device: origin.device,
  };
}

/**
 * The order lifecycle's door (docs/decisions/0019): the only way an order's status changes
 * (shared/src/order-status.ts), whoever fires it — the shop, the resident, the counter, a
 * carrier, a job or the payment provider.
 */
export function createOrderLifecycle(deps: {
  orders: OrdersRepository;
  stock: StockService;
  transaction: TransactionRunner;
  /** Moves the money an order's new status calls for, after its commit (order-money.ts). */
  settle: (orderId: string) => Promise<void>;
  now: () => number;
}) {
  const { orders, now } = deps;

  /**
   * One transition in the caller's transaction: allowed for who fires it, from the status it
   * is in, exactly once — a conditional UPDATE on the current status — with the stock given
   * back when the order stops claiming it and a history row saying who, when and from where.
   */
  async function apply(trx: Transaction, transition: Transition): Promise<OrderStatus> {
    const { event, by } = transition;
    if (!mayFire(event, by.kind)) throw new AppError('forbidden');
    const rule = orderEvents[event];
    const to: OrderStatus = rule.to;
    const current = await orders.statusOf(transition.orderId, transition.shopId, trx);
    if (!current) throw notFound('The order');
    const from: readonly OrderStatus[] = rule.from;
    const moved = await orders.move(
      transition.orderId,
      from,
      {
        status: to,
        // The resident reads why the shop stopped the order, whether declined or cancelled.
        ...(event === 'decline' || event === 'cancel_by_shop'
          ? { decline_reason: transition.reason ?? null }
          : {}),
        updated_at: now(),
      },
      trx,
    );
    if (!moved)
      throw new AppError(
        'status_conflict',
        `The order is ${current.status}; it cannot be ${to} now.`,
      );
    if (stockReleasingStatuses.includes(to)) {
      const reserved = (await orders.linesOf([transition.orderId], trx)).filter(
        (line) => line.stock_reserved,
      );
      await deps.stock.giveBack(
        trx,
        reserved.map((line) => ({
          productId: line.product_id,
          variantId: line.variant_id,
          quantity: line.quantity,
        })),
      );
    }
    await orders.insertEvents(
      [current],
      [
        {
          id: newId(),
          order_id: transition.orderId,
          from_status: current.status,
          to_status: to,
          event,
          actor_user_id: by.userId,
          actor_kind: by.kind,
          ...statusEventOrigin(transition.origin),
          reason: transition.reason ?? null,
          at: now(),
        },
      ],
      trx,
    );
    return to;
  }

  return {
    apply,

    /**
     * Transitions in one transaction of their own — all or none, with `alongside` work (a
     * mail, say) in the same transaction — and then the money each order's new status calls
     * for; a failed money call is retried by the minute job.
     */
    async fire(
      transitions: readonly Transition[],
      alongside?: (trx: Transaction) => Promise<void>,
    ): Promise<void> {
      await deps.transaction(async (trx) => {
        for (const transition of transitions) await apply(trx, transition);
        if (alongside) await alongside(trx);
      });
      for (const orderId of new Set(transitions.map((transition) => transition.orderId)))
        await deps.settle(orderId);
    },
  };
}

export type OrderLifecycle = ReturnType<typeof createOrderLifecycle>;
