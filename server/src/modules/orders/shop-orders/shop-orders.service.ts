import type { ListResponse } from '@e-galleria/shared/lists';
import type { ShopOrder, ShopOrderListQuery } from '@e-galleria/shared/orders';
import { AppError } from '../../../errors.ts';
import { decodeCursor, encodeCursor } from '../../../http/keyset-cursor.ts';
import type { RequestOrigin } from '../../../http/request-origin.ts';
import type { Actor } from '../../auth/access.port.ts';
import type { MailService } from '../../mail/mail.service.ts';
import type { CheckoutsRepository } from '../checkouts.repository.ts';
import type { OrderLifecycle } from '../lifecycle/order-lifecycle.service.ts';
import type { OrdersRepository } from '../orders.repository.ts';
import type { ShopAccess } from './shop-access.ts';
import { enqueueBookingConfirmed, enqueueDeclined } from './resident-notices.ts';
import { isWorkingQueue } from '@e-galleria/shared/order-queues';
import { filterOf } from './shop-order-filter.ts';

/** A shop's orders as its screen lists them, and the first steps: accept, decline, pack. */
export function createShopOrdersService(deps: {
  orders: OrdersRepository;
  checkouts: CheckoutsRepository;
  access: ShopAccess;
  lifecycle: OrderLifecycle;
  mail: MailService;
  publicUrl: string;
}) {
  const { orders, access } = deps;

  return {
    async list(
      actor: Actor | null,
      shopId: string,
      query: ShopOrderListQuery,
    ): Promise<ListResponse<ShopOrder>> {
      const { shop } = await access.loadShop(actor, shopId, 'shop.orders.read');
      const cursor = decodeCursor(query.cursor, 'created');
      const rows = await orders.viewsOfShop(
        shop.id,
        {
          ...filterOf(query),
          after: cursor ? { at: cursor.key, id: cursor.id } : null,
          // A working queue is worked through from its oldest order: with more orders than a
          // page, the ones waiting longest came on the second page. "Alla" and the closed
          // ones are looked back on, newest first.
          order: isWorkingQueue(query.queue) ? 'oldest_first' : 'newest_first',
        },
        query.limit,
      );
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      return {
        items: await access.views(page),
        nextCursor:
          rows.length > query.limit && last
            ? encodeCursor({ sort: 'created', key: last.created_at, id: last.id })
            : null,
      };
    },

    async get(actor: Actor | null, shopId: string, orderId: string): Promise<ShopOrder> {
      const { shop } = await access.loadShop(actor, shopId, 'shop.orders.read');
      return access.shopOrder(shop.id, orderId);
    },

    async fire(
      actorOrNull: Actor | null,
      shopId: string,
      orderId: string,
      event: 'accept' | 'decline' | 'pack',
      options: { reason?: string; origin: RequestOrigin },
    ): Promise<ShopOrder> {
      const { shop, actor } = await access.loadShop(actorOrNull, shopId, 'shop.orders.manage');
      const row = await access.orderRow(shop.id, orderId);
      const bookedTimes = await access.bookingTimesOf(row.id);
      if (event === 'pack' && bookedTimes !== null)
        throw new AppError(
          'status_conflict',
          'An order of booked times has nothing to pack: mark it done once the service is done.',
        );
      await deps.lifecycle.fire(
        [
          {
            orderId: row.id,
            shopId: shop.id,
            event,
            by: { userId: actor.user.id, kind: access.shopRoleOf(actor, shop.id) },
            ...(options.reason === undefined ? {} : { reason: options.reason }),
            origin: options.origin,
          },
        ],
        // The resident's mail, in the step's transaction (resident-notices.ts).
        event === 'decline'
          ? (trx) => enqueueDeclined(trx, deps, row, options.reason ?? null)
          : event === 'accept' && bookedTimes !== null
            ? // A booking confirmed: the resident knows the time holds (decision 0067).
              (trx) => enqueueBookingConfirmed(trx, deps, shop, row, bookedTimes)
            : undefined,
      );
      return access.shopOrder(shop.id, orderId);
    },
  };
}

export type ShopOrdersService = ReturnType<typeof createShopOrdersService>;
