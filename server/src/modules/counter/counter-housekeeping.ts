import type { Logger } from 'pino';
import { addDays, swedishDateOf } from '@e-galleria/shared/calendar-dates';
import { systemOrigin } from '../../http/request-origin.ts';
import type { SmsSender } from '../../integrations/sms.ts';
import type { CounterDeps } from './counter-context.ts';
import { readyIfComplete, remindOnce } from './counter-notices.ts';

/**
 * The counter's minute job: handovers whose last missing parcel was cancelled become ready
 * for the parcels that did arrive, and residents are reminded the day before their last day
 * (or on it, if the job was not running the day before) — once each, by the claimed moment.
 */
export function createCounterHousekeeping(deps: CounterDeps & { sms: SmsSender; logger: Logger }) {
  const { transaction, counter, now } = deps;
  return async (): Promise<{ madeReady: number; reminded: number }> => {
    let madeReady = 0;
    for (const handover of await counter.handoversWaitingForReadiness()) {
      const outcome = await transaction(async (trx) => {
        await counter.lockHandover(handover.id, now(), trx);
        return readyIfComplete(trx, deps, handover.id, systemOrigin);
      });
      if (outcome.isReady) madeReady += 1;
      if (outcome.sms)
        await deps.sms
          .send(outcome.sms)
          .catch((error: unknown) => deps.logger.warn({ err: error }, 'ready notice sms failed'));
    }
    const today = swedishDateOf(now());
    let reminded = 0;
    for (const handover of await counter.handoversToRemind(today, addDays(today, 1)))
      if (await transaction((trx) => remindOnce(trx, deps, handover))) reminded += 1;
    return { madeReady, reminded };
  };
}
