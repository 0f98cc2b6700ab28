import type { Knex } from 'knex';
import { swedishDate } from '../catalogue/product-derivations.ts';
import type { OrderConfirmation } from '../mail/mail-templates.ts';
import type { MailService } from '../mail/mail.service.ts';
import type { CheckoutRow } from './checkout.repository.ts';
import { linesByOrder, toOrderDetail } from './order-views.ts';
import type { OrdersRepository } from './orders.repository.ts';

/**
 * The confirmation of a checkout, from what was stored (so paying at pickup and paying by card
 * later send the same mail): every shop's order, where and when, VAT per rate.
 */
export async function enqueueConfirmation(
  db: Knex,
  deps: { mail: MailService; orders: OrdersRepository; publicUrl: string },
  checkout: CheckoutRow,
): Promise<void> {
  const rows = await deps.orders.viewsOfCheckout(checkout.id, db);
  const lines = linesByOrder(
    await deps.orders.linesOf(
      rows.map((row) => row.id),
      db,
    ),
  );
  const orders = rows.map((row) => toOrderDetail(row, lines.get(row.id) ?? []));
  await sendConfirmation(
    db,
    deps,
    checkout,
    orders.map((order) => ({
      shop: order.shop.name,
      totalOre: order.totalOre,
      place: order.fulfilment.servicePoint?.name ?? order.shop.name,
      date:
        order.fulfilment.date ??
        swedishDate(
          order.fulfilment.readyAt === null
            ? checkout.created_at
            : Date.parse(order.fulfilment.readyAt),
        ),
      vat: order.vat,
    })),
  );
}

/** The confirmation mail of a checkout whose orders the caller already has in hand. */
export async function sendConfirmation(
  db: Knex,
  deps: { mail: MailService; publicUrl: string },
  checkout: CheckoutRow,
  orders: OrderConfirmation['orders'],
): Promise<void> {
  await deps.mail.enqueue(
    {
      to: checkout.contact_email,
      locale: checkout.locale,
      kind: 'order_confirmation',
      params: {
        name: checkout.contact_name,
        link: `${deps.publicUrl}/bestallningar/${checkout.id}`,
        totalOre: checkout.total_ore,
        payAtPickup: checkout.payment_method === 'pay_at_pickup',
        orders,
      },
    },
    db,
  );
}
