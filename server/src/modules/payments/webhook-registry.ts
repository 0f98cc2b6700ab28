import type { Transaction } from '../../db/database.ts';
import type { z } from 'zod';
import { stripeEventObjectSchemas, type StripeEventType } from '@e-galleria/shared/payments';
import { parseInput } from '../../http/validate.ts';
import type { VerifiedEvent } from '../../integrations/payments.ts';

/** A verified event whose `object` has been validated with the schema of its type. */
export type WebhookEvent<Type extends StripeEventType> = {
  id: string;
  type: Type;
  /** When Stripe created the event (epoch ms): handlers compare it to ignore stale news. */
  createdAt: number;
  object: z.infer<(typeof stripeEventObjectSchemas)[Type]>;
};

/**
 * Runs inside the transaction that marks the event processed: write with `db`, and throw to
 * roll both back so Stripe delivers the event again.
 */
export type WebhookHandler<Type extends StripeEventType> = (
  event: WebhookEvent<Type>,
  db: Transaction,
) => Promise<void>;

type Dispatch = (event: VerifiedEvent, db: Transaction) => Promise<void>;

/**
 * Which module reacts to which Stripe event. Modules register in createApp
 * (`payments.onEvent('checkout.session.completed', …)`); the webhook route only dispatches.
 */
export function createWebhookRegistry() {
  const handlers = new Map<string, Dispatch[]>();
  return {
    onEvent<Type extends StripeEventType>(type: Type, handler: WebhookHandler<Type>): void {
      const schema = stripeEventObjectSchemas[type];
      const dispatch: Dispatch = async (event, db) => {
        const object = parseInput(schema, event.object) as WebhookEvent<Type>['object'];
        await handler({ id: event.id, type, createdAt: event.createdAt, object }, db);
      };
      handlers.set(type, [...(handlers.get(type) ?? []), dispatch]);
    },
    handlersFor: (type: string): readonly Dispatch[] => handlers.get(type) ?? [],
  };
}

export type WebhookRegistry = ReturnType<typeof createWebhookRegistry>;
