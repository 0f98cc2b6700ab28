import type { Knex } from 'knex';
import type { Logger } from 'pino';
import type { RateLimitFactory } from '../../db/rate-limiter.ts';
import type { SmsSender } from '../../integrations/sms.ts';
import type { MailService } from '../mail/mail.service.ts';
import { createCheckoutRepository } from '../orders/checkout.repository.ts';
import { createOrdersRepository } from '../orders/orders.repository.ts';
import type { ServicePointsRepository } from '../service-points/service-points.repository.ts';
import { createCounterHousekeeping } from './counter-housekeeping.ts';
import { createCounterRepository } from './counter.repository.ts';
import { createCounterRouter } from './counter.router.ts';
import { createCounterService } from './counter.service.ts';
import { createHandoverConfirmation } from './handover-confirmation.ts';

/** Wires the service point's counter, so app.ts needs one line. */
export function createCounterModule(deps: {
  knex: Knex;
  servicePoints: ServicePointsRepository;
  mail: MailService;
  sms: SmsSender;
  rateLimits: RateLimitFactory;
  publicUrl: string;
  logger: Logger;
  now: () => number;
}) {
  const { knex } = deps;
  const counterDeps = {
    ...deps,
    counter: createCounterRepository(knex),
    // Status changes go through the orders module's one transition function and its tables.
    orders: createOrdersRepository(knex),
    checkouts: createCheckoutRepository(knex),
  };
  const service = createCounterService(counterDeps);
  const confirmation = createHandoverConfirmation({ ...counterDeps, service });
  return {
    service,
    confirmation,
    router: createCounterRouter({ counter: service, confirmation }),
    /** Every minute: handovers made ready by a cancel, and the day-before reminders. */
    housekeeping: createCounterHousekeeping(counterDeps),
  };
}
