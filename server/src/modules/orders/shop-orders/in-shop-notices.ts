import type { OpeningHours } from '@e-galleria/shared/shops';
import type { Transaction } from '../../../db/database.ts';
import type { MailService } from '../../mail/mail.service.ts';
import type { ShopRecord } from '../../shops/shop-directory.service.ts';
import type { CheckoutsRepository } from '../checkouts.repository.ts';
import type { OrderViewRow } from '../orders.repository.ts';

export type InShopNoticeDeps = {
  checkouts: CheckoutsRepository;
  mail: MailService;
  publicUrl: string;
};

/** "Storgatan 3, 930 90 Arjeplog", or null for a shop that has not given its address. */
function addressOf(shop: ShopRecord): string | null {
  const town = [shop.postal_code, shop.city ?? shop.village].filter(Boolean).join(' ');
  return [shop.street_address, town].filter(Boolean).join(', ') || null;
}

/**
 * The resident is told the goods wait in the shop: where, and when it is open (DESIGN §4).
 * Written in the transaction of the step, so it exists exactly when the step does.
 */
export async function enqueueShopPickupReady(
  trx: Transaction,
  deps: InShopNoticeDeps,
  shop: ShopRecord,
  row: OrderViewRow,
): Promise<void> {
  const checkout = await deps.checkouts.find(row.checkout_id, trx);
  if (!checkout) return;
  const hours = JSON.parse(shop.opening_hours) as OpeningHours;
  await deps.mail.enqueue(
    {
      to: checkout.contact_email,
      locale: checkout.locale,
      kind: 'shop_pickup_ready',
      params: {
        name: checkout.contact_name,
        shop: shop.name,
        address: addressOf(shop),
        hours: hours.weekly,
        payAtPickup: checkout.payment_method === 'pay_at_pickup',
        link: `${deps.publicUrl}/bestallningar/${checkout.id}`,
      },
    },
    trx,
  );
}

/** The resident is told the shop has confirmed the booked times (decision 0067). */
export async function enqueueBookingConfirmed(
  trx: Transaction,
  deps: InShopNoticeDeps,
  shop: ShopRecord,
  row: OrderViewRow,
  times: string[],
): Promise<void> {
  const checkout = await deps.checkouts.find(row.checkout_id, trx);
  if (!checkout) return;
  await deps.mail.enqueue(
    {
      to: checkout.contact_email,
      locale: checkout.locale,
      kind: 'booking_confirmed',
      params: {
        name: checkout.contact_name,
        shop: shop.name,
        address: addressOf(shop),
        times,
        payAtService: checkout.payment_method === 'pay_at_pickup',
        link: `${deps.publicUrl}/bestallningar/${checkout.id}`,
      },
    },
    trx,
  );
}
