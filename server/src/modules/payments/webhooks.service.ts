import type { TransactionRunner } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import type { PaymentGateway } from '../../integrations/payments.ts';
import type { PaymentEventsRepository } from './payment-events.repository.ts';
import type { WebhookRegistry } from './webhook-registry.ts';

export type WebhookOutcome = 'processed' | 'duplicate' | 'ignored';

/**
 * Stripe's webhooks: verified by signature, each event id processed once, the handlers'
 * changes and the "processed" mark committed together. A handler that fails rolls the mark
 * back too, so the non-2xx answer makes Stripe retry and the retry runs the handler again.
 */
export function createWebhooksService(deps: {
  transaction: TransactionRunner;
  gateway: PaymentGateway | null;
  events: PaymentEventsRepository;
  registry: WebhookRegistry;
  now: () => number;
}) {
  const { transaction, gateway, events, registry, now } = deps;
  return {
    async receive(rawBody: Buffer, signature: string | undefined) {
      if (!gateway) throw new AppError('payments_not_configured');
      const event = gateway.verifyWebhook(rawBody, signature);
      const handlers = registry.handlersFor(event.type);
      const outcome = await transaction(async (db): Promise<WebhookOutcome> => {
        if (!(await events.claim(db, event, now()))) return 'duplicate';
        for (const handle of handlers) await handle(event, db);
        // Unknown types are recorded too: acknowledged, so Stripe stops resending them.
        return handlers.length > 0 ? 'processed' : 'ignored';
      });
      return { eventId: event.id, outcome };
    },
  };
}

export type WebhooksService = ReturnType<typeof createWebhooksService>;
