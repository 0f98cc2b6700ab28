import type { OpeningHours } from '@e-galleria/shared/shops';
import type { Transaction } from '../../../db/database.ts';
import type { MailKind, MailService, MailTemplates } from '../../mail/mail.service.ts';
import type { ShopRecord } from '../../shops/shop-directory.service.ts';
import type { CheckoutRow, CheckoutsRepository } from '../checkouts.repository.ts';
import type { OrderViewRow } from '../orders.repository.ts';

/**
 * What the shop's steps tell the resident who placed the order: declined, cancelled, ready in
 * the shop, a booking confirmed or not come to. Each mail is written in the transaction of its
 * step, so it exists exactly when the step does, and a step refused (the order moved on
 * meanwhile) sends none.
 */
export type ResidentNoticeDeps = {
  checkouts: CheckoutsRepository;
  mail: MailService;
  publicUrl: string;
};

/** One mail to the resident, in their language, with the order page's link. */
async function mailResident<Kind extends MailKind>(
  trx: Transaction,
  deps: ResidentNoticeDeps,
  row: OrderViewRow,
  kind: Kind,
  paramsOf: (checkout: CheckoutRow, link: string) => Parameters<MailTemplates[Kind]>[0],
): Promise<void> {
  const checkout = await deps.checkouts.find(row.checkout_id, trx);
  if (!checkout) return;
  const link = `${deps.publicUrl}/bestallningar/${checkout.id}`;
  await deps.mail.enqueue(
    { to: checkout.contact_email, locale: checkout.locale, kind, params: paramsOf(checkout, link) },
    trx,
  );
}

const isPaidByCard = (checkout: CheckoutRow) =>
  checkout.payment_method === 'card' && checkout.payment_intent_id !== null;

/** "Storgatan 3, 930 90 Arjeplog", or null for a shop that has not given its address. */
function addressOf(shop: ShopRecord): string | null {
  const town = [shop.postal_code, shop.city ?? shop.village].filter(Boolean).join(' ');
  return [shop.street_address, town].filter(Boolean).join(', ') || null;
}

/**
 * The shop declined, why, and the money: declining refunds a card payment of the order after
 * the commit (order-money.ts), as a cancellation does.
 */
export const enqueueDeclined = (
  trx: Transaction,
  deps: ResidentNoticeDeps,
  row: OrderViewRow,
  reason: string | null,
) =>
  mailResident(trx, deps, row, 'order_declined', (checkout, link) => ({
    name: checkout.contact_name,
    shop: row.shop_name,
    reason,
    refundOre: isPaidByCard(checkout) ? row.total_ore : null,
    link,
  }));

/** The shop cancelled before the goods left it: stock back, a card payment refunded. */
export const enqueueCancelled = (
  trx: Transaction,
  deps: ResidentNoticeDeps,
  row: OrderViewRow,
  reason: string,
) =>
  mailResident(trx, deps, row, 'order_cancelled', (checkout, link) => ({
    name: checkout.contact_name,
    shop: row.shop_name,
    reason,
    isRefunded: isPaidByCard(checkout),
    link,
  }));

/** The goods wait in the shop: where, and when it is open (DESIGN §4). */
export const enqueueShopPickupReady = (
  trx: Transaction,
  deps: ResidentNoticeDeps,
  shop: ShopRecord,
  row: OrderViewRow,
) =>
  mailResident(trx, deps, row, 'shop_pickup_ready', (checkout, link) => ({
    name: checkout.contact_name,
    shop: shop.name,
    address: addressOf(shop),
    hours: (JSON.parse(shop.opening_hours) as OpeningHours).weekly,
    payAtPickup: checkout.payment_method === 'pay_at_pickup',
    link,
  }));

/** The shop confirmed the booked times (decision 0067). */
export const enqueueBookingConfirmed = (
  trx: Transaction,
  deps: ResidentNoticeDeps,
  shop: ShopRecord,
  row: OrderViewRow,
  times: string[],
) =>
  mailResident(trx, deps, row, 'booking_confirmed', (checkout, link) => ({
    name: checkout.contact_name,
    shop: shop.name,
    address: addressOf(shop),
    times,
    payAtService: checkout.payment_method === 'pay_at_pickup',
    link,
  }));

/**
 * Nobody came at the booked time (decision 0074): the times, that nothing is charged (a card
 * payment is refunded after the commit, as for a cancellation), and where to book anew.
 */
export const enqueueBookingMissed = (
  trx: Transaction,
  deps: ResidentNoticeDeps,
  shop: ShopRecord,
  row: OrderViewRow,
  times: string[],
) =>
  mailResident(trx, deps, row, 'booking_missed', (checkout, link) => ({
    name: checkout.contact_name,
    shop: shop.name,
    times,
    isRefunded: isPaidByCard(checkout),
    shopPhone: shop.contact_phone,
    shopLink: `${deps.publicUrl}/${shop.home_slug}/butiker/${shop.slug}`,
    link,
  }));
