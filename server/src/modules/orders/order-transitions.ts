import type { Knex } from 'knex';
import {
  mayFire,
  orderEvents,
  stockReleasingStatuses,
  type OrderActor,
  type OrderEvent,
  type OrderStatus,
} from '@e-galleria/shared/order-status';
import { newId } from '../../db/ids.ts';
import { AppError, notFound } from '../../errors.ts';
import type { RequestOrigin } from '../../http/request-origin.ts';
import type { CheckoutRepository } from './checkout.repository.ts';
import type { OrdersRepository } from './orders.repository.ts';
import { releaseStock, setStockFlags } from './stock.ts';

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

/**
 * The only way an order's status changes (shared/src/order-status.ts): allowed for who fires
 * it, from the status it is in, exactly once — a conditional UPDATE on the current status — in
 * the caller's transaction, with the stock given back when the order stops claiming it and a
 * history row saying who, when and from where.
 */
export async function applyTransition(
  trx: Knex.Transaction,
  deps: { orders: OrdersRepository; checkouts: CheckoutRepository; now: () => number },
  transition: Transition,
): Promise<OrderStatus> {
  const { event, by } = transition;
  if (!mayFire(event, by.kind)) throw new AppError('forbidden');
  const rule = orderEvents[event];
  const to: OrderStatus = rule.to;
  const query = trx('shop_orders').where({ id: transition.orderId });
  if (transition.shopId !== undefined) void query.where({ shop_id: transition.shopId });
  const current = await query.first<{ status: OrderStatus } | undefined>('status');
  if (!current) throw notFound('The order');
  const from: readonly OrderStatus[] = rule.from;
  const moved = await deps.orders.move(
    transition.orderId,
    from,
    {
      status: to,
      // The resident reads why the shop stopped the order, whether declined or cancelled.
      ...(event === 'decline' || event === 'cancel_by_shop'
        ? { decline_reason: transition.reason ?? null }
        : {}),
      updated_at: deps.now(),
    },
    trx,
  );
  if (!moved)
    throw new AppError(
      'status_conflict',
      `The order is ${current.status}; it cannot be ${to} now.`,
    );
  if (stockReleasingStatuses.includes(to)) {
    const reserved = (await deps.orders.linesOf([transition.orderId], trx)).filter((line) =>
      Boolean(line.stock_reserved),
    );
    await releaseStock(
      trx,
      reserved.map((line) => ({ variantId: line.variant_id, quantity: line.quantity })),
    );
    await setStockFlags(
      trx,
      reserved.map((line) => line.product_id),
    );
  }
  await deps.checkouts.insertEvents(
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
        at: deps.now(),
      },
    ],
    trx,
  );
  return to;
}

/** The history row's "from where" columns (checkout writes its first rows with them too). */
export function statusEventOrigin(origin: RequestOrigin) {
  return {
    request_id: origin.requestId,
    channel: origin.channel,
    ip: origin.ip,
    device: origin.device,
  };
}
