import { bookedTimesOf, isBooking } from '@e-galleria/shared/bookings';
import { swedishDateOf } from '@e-galleria/shared/calendar-dates';
import type { Transaction } from '../../../db/database.ts';
import type { MailService, OrderConfirmation } from '../../mail/mail.service.ts';
import {
  shopAddresses,
  type ShopDirectory,
  type ShopRecipient,
} from '../../shops/shop-directory.service.ts';
import type { CheckoutRow } from '../checkouts.repository.ts';
import type { DeliveryNotesPort } from '../home-delivery.port.ts';
import { toOrderDetail } from '../order-views.ts';
import type { OrdersRepository } from '../orders.repository.ts';

/**
 * The confirmation of a checkout, from what was stored (so paying at pickup and paying by card
 * later send the same mail): every shop's order, where and when, VAT per rate.
 */
export async function enqueueConfirmation(
  db: Transaction,
  deps: {
    mail: MailService;
    orders: OrdersRepository;
    shops: ShopDirectory;
    deliveryNotes: Pick<DeliveryNotesPort, 'addressesOf'>;
    publicUrl: string;
  },
  checkout: CheckoutRow,
): Promise<void> {
  const rows = await deps.orders.viewsOfCheckout(checkout.id, db);
  const contents = await deps.orders.contentsOf(
    rows.map((row) => row.id),
    db,
  );
  const orders = rows.map((row) => toOrderDetail(row, contents.get(row.id)));
  const recipients = await deps.shops.noticeRecipients(
    orders.map((order) => order.shopId),
    db,
  );
  // The address is the deliveries module's, on the order's note.
  const addresses = await deps.deliveryNotes.addressesOf(
    db,
    orders.filter((order) => order.fulfilment.method === 'home_delivery').map((order) => order.id),
  );
  await sendConfirmation(
    db,
    deps,
    checkout,
    orders.map((order) => ({
      shopId: order.shopId,
      shop: order.shop.name,
      lines: order.lines.map((line) => ({
        title: line.variantName ? `${line.title} (${line.variantName})` : line.title,
        quantity: line.quantity,
      })),
      totalOre: order.totalOre,
      fulfilment:
        order.fulfilment.method === 'home_delivery'
          ? { method: 'home_delivery' as const, address: addresses.get(order.id) ?? null }
          : order.fulfilment.method === 'pickup_in_shop' && isBooking(order.lines)
            ? {
                method: 'booking' as const,
                place: order.shop.name,
                times: bookedTimesOf(order.lines),
              }
            : {
                method: 'pickup' as const,
                place: order.fulfilment.servicePoint?.name ?? order.shop.name,
              },
      date:
        order.fulfilment.date ??
        swedishDateOf(
          order.fulfilment.readyAt === null
            ? checkout.created_at
            : Date.parse(order.fulfilment.readyAt),
        ),
      vat: order.vat,
    })),
    recipients,
  );
}

/** An order as the mails tell it. */
export type MailedOrder = OrderConfirmation['orders'][number] & {
  shopId: string;
  lines: { title: string; quantity: number }[];
};

/**
 * The resident's confirmation and each shop's notice of its new order, in one statement, in
 * the caller's transaction: a shop hears of an order exactly when it exists.
 */
export async function sendConfirmation(
  db: Transaction,
  deps: { mail: MailService; publicUrl: string },
  checkout: CheckoutRow,
  orders: readonly MailedOrder[],
  /** The shops' addresses (ShopDirectory.noticeRecipients), read before the writes. */
  recipients: readonly ShopRecipient[],
): Promise<void> {
  await deps.mail.enqueueMany(confirmationMails(deps, checkout, orders, recipients), db);
}

/**
 * The mails of a new checkout: the resident's confirmation and each shop's notice. A shop is
 * written to at its contact address, else to its owners.
 */
export function confirmationMails(
  deps: { publicUrl: string },
  checkout: CheckoutRow,
  orders: readonly MailedOrder[],
  recipients: readonly ShopRecipient[],
): Parameters<MailService['enqueueMany']>[0] {
  const notices = orders.flatMap((order) => {
    return shopAddresses(recipients, order.shopId).map(({ to, locale }) => ({
      to,
      locale,
      kind: 'new_order' as const,
      params: {
        shop: order.shop,
        customer: checkout.contact_name,
        totalOre: order.totalOre,
        // The shop reads the address on the delivery note, as its order screen shows none.
        fulfilment:
          order.fulfilment.method === 'home_delivery'
            ? { method: 'home_delivery' as const }
            : order.fulfilment,
        date: order.date,
        payAtPickup: checkout.payment_method === 'pay_at_pickup',
        lines: order.lines,
        link: `${deps.publicUrl}/konto/butiker/${order.shopId}/bestallningar`,
      },
    }));
  });
  return [
    {
      to: checkout.contact_email,
      locale: checkout.locale,
      kind: 'order_confirmation',
      params: {
        name: checkout.contact_name,
        link: `${deps.publicUrl}/bestallningar/${checkout.id}`,
        totalOre: checkout.total_ore,
        payAtPickup: checkout.payment_method === 'pay_at_pickup',
        orders: orders.map(({ shop, totalOre, fulfilment, date, vat, lines }) => ({
          shop,
          totalOre,
          fulfilment,
          date,
          vat,
          lines,
        })),
      },
    },
    ...notices,
  ];
}
