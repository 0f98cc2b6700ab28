import type { Logger } from 'pino';
import type { Database } from '../../db/database.ts';
import type { RateLimitFactory } from '../../db/rate-limiter.ts';
import type { SmsSender } from '../../integrations/sms.ts';
import type { MailService } from '../mail/mail.service.ts';
import type { OrderLifecycle } from '../orders/lifecycle/order-lifecycle.service.ts';
import type { ServicePointDirectory } from '../service-points/service-point-directory.service.ts';
import { createCounterHousekeeping } from './counter-housekeeping.ts';
import { createCounterRepository } from './counter.repository.ts';
import { createCounterRouter } from './counter.router.ts';
import { createCounterService } from './counter.service.ts';
import { createHandoverConfirmation } from './handover-confirmation.ts';
import { createHandoversService } from './handovers.service.ts';

/**
 * The service point's counter (handovers and their confirmations are its tables). Built in
 * two steps: `handovers`, which checkout needs, before the orders module; the counter itself,
 * which fires order events through the orders module's lifecycle, after it.
 */
export function createCounterModule(deps: { database: Database }) {
  const counter = createCounterRepository(deps.database.knex);
  return {
    handovers: createHandoversService({ counter }),

    withOrders(more: {
      servicePoints: ServicePointDirectory;
      lifecycle: OrderLifecycle;
      mail: MailService;
      sms: SmsSender;
      rateLimits: RateLimitFactory;
      publicUrl: string;
      logger: Logger;
      now: () => number;
    }) {
      const counterDeps = { ...more, transaction: deps.database.transaction, counter };
      const service = createCounterService(counterDeps);
      const confirmation = createHandoverConfirmation({ ...counterDeps, service });
      return {
        service,
        confirmation,
        router: createCounterRouter({ counter: service, confirmation }),
        /** Every minute: handovers made ready by a cancel, and the day-before reminders. */
        housekeeping: createCounterHousekeeping(counterDeps),
      };
    },
  };
}
