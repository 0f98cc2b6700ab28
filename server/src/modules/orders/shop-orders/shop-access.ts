import type { Action } from '@e-galleria/shared/authorization';
import { bookedTimesOf, isBooking } from '@e-galleria/shared/bookings';
import type { ShopOrder } from '@e-galleria/shared/orders';
import { notFound } from '../../../errors.ts';
import type { Actor } from '../../auth/access.port.ts';
import type { ShopDirectory } from '../../shops/shop-directory.service.ts';
import type { DeliveryNotesPort } from '../home-delivery.port.ts';
import { bookedSlotOf, eventsByOrder, toShopOrder } from '../order-views.ts';
import type { OrderViewRow, OrdersRepository } from '../orders.repository.ts';

/**
 * How every shop-side order endpoint reaches a shop and its orders: authorized by the scope
 * chain loaded from the database (the shops module's directory), and an order of another shop
 * (or one not yet paid) answers as missing.
 */
export function createShopAccess(deps: {
  shops: ShopDirectory;
  orders: OrdersRepository;
  deliveryNotes: Pick<DeliveryNotesPort, 'phonesOf'>;
}) {
  const loadShop = (actor: Actor | null, shopId: string, action: Action) =>
    deps.shops.authorized(actor, shopId, action);

  async function orderRow(shopId: string, orderId: string): Promise<OrderViewRow> {
    const row = await deps.orders.viewOfShopOrder(shopId, orderId);
    if (!row || row.status === 'awaiting_payment' || row.status === 'expired')
      throw notFound('The order');
    return row;
  }

  /** The booked times of an order of booked times only (ISO, earliest first); else null. */
  async function bookingTimesOf(orderId: string): Promise<string[] | null> {
    const lines = (await deps.orders.linesOf([orderId])).map(bookedSlotOf);
    return isBooking(lines) ? bookedTimesOf(lines) : null;
  }

  /**
   * The shop's view of rows of its own orders: lines, history, and a home-delivered order's
   * phone at the door from its note (decision 0021: its own shop sees it, no other).
   */
  async function views(rows: readonly OrderViewRow[]): Promise<ShopOrder[]> {
    const ids = rows.map((row) => row.id);
    const contents = await deps.orders.contentsOf(ids);
    const events = eventsByOrder(await deps.orders.eventsOf(ids));
    // Only a home-delivered order has a note.
    const phones = await deps.deliveryNotes.phonesOf(ids);
    return rows.map((row) =>
      toShopOrder(row, contents.get(row.id), events.get(row.id) ?? [], phones.get(row.id) ?? null),
    );
  }

  return {
    loadShop,
    orderRow,
    views,

    shopOrder: async (shopId: string, orderId: string): Promise<ShopOrder> => {
      const [order] = await views([await orderRow(shopId, orderId)]);
      if (!order) throw notFound('The order');
      return order;
    },

    bookingTimesOf,

    /** The role the actor acts in for this shop, for the state machine's "who may fire". */
    shopRoleOf: (actor: Actor, shopId: string): 'shop_owner' | 'shop_staff' => {
      const owns = actor.roles.some(
        (role) =>
          role.role === 'shop_owner' && role.scope.type === 'shop' && role.scope.id === shopId,
      );
      return owns ? 'shop_owner' : 'shop_staff';
    },
  };
}

export type ShopAccess = ReturnType<typeof createShopAccess>;
