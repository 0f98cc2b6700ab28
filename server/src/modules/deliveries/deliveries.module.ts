import type { Database } from '../../db/database.ts';
import type { MailService } from '../mail/mail.service.ts';
import type { OrderLifecycle } from '../orders/lifecycle/order-lifecycle.service.ts';
import type { ShopDirectory } from '../shops/shop-directory.service.ts';
import type { CarrierDirectory } from './carriers.port.ts';
import { createCarrierDayService } from './carrier-day.service.ts';
import { createCarrierMonthService } from './carrier-month.service.ts';
import { createDeliveriesRepository } from './deliveries.repository.ts';
import { createDeliveriesRouter } from './deliveries.router.ts';
import { createDeliveryNotices } from './delivery-notices.ts';
import { createDeliveryNotesService } from './delivery-notes.service.ts';
import { createRunCorrectionsService } from './run-corrections.service.ts';

/**
 * Delivery notes, the shop's hand-over and the carrier's day (decision 0020). Built in two
 * steps like the counter: `notes`, whose `open` checkout needs, before the orders module; the
 * carrier's day, which fires order events through the orders module's lifecycle, after it.
 */
export function createDeliveriesModule(deps: {
  database: Database;
  carriers: CarrierDirectory;
  shops: ShopDirectory;
  mail: MailService;
  regionId: () => Promise<string>;
  publicUrl: string;
  now: () => number;
}) {
  const deliveries = createDeliveriesRepository(deps.database.knex);
  let lifecycle: OrderLifecycle | null = null;
  const context = {
    ...deps,
    deliveries,
    transaction: deps.database.transaction,
    // Checkout opens notes before the orders module (and its lifecycle) exists; nothing else
    // here runs before `withOrders` hands it in.
    lifecycle: {
      apply: (...args) => requireLifecycle().apply(...args),
      fire: (...args) => requireLifecycle().fire(...args),
    } satisfies OrderLifecycle,
  };
  function requireLifecycle(): OrderLifecycle {
    if (!lifecycle) throw new Error('deliveries: the orders lifecycle was not handed in');
    return lifecycle;
  }
  const notes = createDeliveryNotesService(context);
  return {
    /** The checkout's door (`DeliveryNotesPort`). */
    notes,
    /** The carrier's monthly report's door: a month's figures, read only. */
    months: createCarrierMonthService({ database: deps.database }),
    /** The monthly report's door for correcting a run or a note, with a reason (0044). */
    corrections: createRunCorrectionsService({ database: deps.database, now: deps.now }),

    withOrders(more: { lifecycle: OrderLifecycle }) {
      lifecycle = more.lifecycle;
      const carrierDay = createCarrierDayService(context);
      return {
        notes,
        carrierDay,
        router: createDeliveriesRouter({ notes, carrierDay }),
        /** Every minute: the morning's "on its way today", once per note. */
        housekeeping: createDeliveryNotices(context),
      };
    },
  };
}
