import { swedishDateOf } from '@e-galleria/shared/calendar-dates';
import type { Transaction } from '../../db/database.ts';
import type { ShopRecord } from '../shops/shop-directory.service.ts';
import type { DeliveriesDeps } from './deliveries-context.ts';
import type { NoteViewRow } from './deliveries.repository.ts';

/** What the resident's delivery mails say (the mail module's `DeliveryNotice`). */
type DeliveryNotice = {
  name: string;
  shop: string;
  carrier: string;
  date: string;
  collectOre: number;
  coolBags: number;
  link: string;
};

/** The Swedish hour before which the morning notice waits: nobody is woken by a mail. */
const morningHour = 6;

/**
 * What a notice says: asked before the transaction that sends it, as the carrier directory
 * reads outside it (on SQLite the one writer is held by the transaction).
 */
export async function noticeOf(deps: DeliveriesDeps, row: NoteViewRow): Promise<DeliveryNotice> {
  const carrier = row.carrier_id ? await deps.carriers.carrierById(row.carrier_id) : null;
  return {
    name: row.recipient_name,
    shop: row.shop_name,
    carrier: carrier?.name ?? row.shop_name,
    date: row.date,
    collectOre: row.collect_ore,
    coolBags: row.cool_bags,
    link: `${deps.publicUrl}/bestallningar/${row.checkout_id}`,
  };
}

/** "Delivered", in the transaction that records it. */
export async function enqueueDelivered(
  trx: Transaction,
  deps: DeliveriesDeps,
  row: NoteViewRow,
  notice: DeliveryNotice,
) {
  await deps.mail.enqueue(
    { to: row.contact_email, locale: row.locale, kind: 'delivery_delivered', params: notice },
    trx,
  );
}

/** "Nobody home" or "refused", in the transaction that records it: the resident hears today. */
export async function enqueueFailed(
  trx: Transaction,
  deps: DeliveriesDeps,
  row: NoteViewRow,
  notice: DeliveryNotice,
  reason: 'not_home' | 'refused',
) {
  await deps.mail.enqueue(
    {
      to: row.contact_email,
      locale: row.locale,
      kind: 'delivery_failed',
      params: { ...notice, reason },
    },
    trx,
  );
}

/**
 * A new delivery day after a failed one, in the transaction that sets it: the day, what is paid
 * at the door, and how to reach the shop (its own phone and e-mail for customers, else its page).
 */
export async function enqueueRescheduled(
  trx: Transaction,
  deps: DeliveriesDeps,
  row: NoteViewRow,
  shop: ShopRecord,
  date: string,
) {
  await deps.mail.enqueue(
    {
      to: row.contact_email,
      locale: row.locale,
      kind: 'delivery_rescheduled',
      params: {
        name: row.recipient_name,
        shop: shop.name,
        date,
        collectOre: row.collect_ore,
        shopPhone: shop.contact_phone,
        shopEmail: shop.contact_email,
        shopLink: `${deps.publicUrl}/${shop.home_slug}/butiker/${shop.slug}`,
        link: `${deps.publicUrl}/bestallningar/${row.checkout_id}`,
      },
    },
    trx,
  );
}

function swedishHourOf(epochMs: number): number {
  const hour = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    hour: '2-digit',
    hourCycle: 'h23',
  }).format(epochMs);
  return Number.parseInt(hour, 10);
}

/**
 * The minute job's part: from 06:00 on the delivery day, each resident whose goods are out
 * with the carrier is told "on its way today" — once per note, by the claimed moment, even
 * when two app servers run the job at once.
 */
export function createDeliveryNotices(deps: DeliveriesDeps) {
  return async (): Promise<{ announced: number }> => {
    const at = deps.now();
    if (swedishHourOf(at) < morningHour) return { announced: 0 };
    let announced = 0;
    for (const row of await deps.deliveries.notesToAnnounce(swedishDateOf(at))) {
      const notice = await noticeOf(deps, row);
      const isMine = await deps.transaction(async (trx) => {
        if (!(await deps.deliveries.claimOnItsWay(row.order_id, deps.now(), trx))) return false;
        await deps.mail.enqueue(
          {
            to: row.contact_email,
            locale: row.locale,
            kind: 'delivery_on_its_way',
            params: notice,
          },
          trx,
        );
        return true;
      });
      if (isMine) announced += 1;
    }
    return { announced };
  };
}
