import type { Database } from '../../db/database.ts';
import type { PaymentGateway } from '../../integrations/payments.ts';
import type { MunicipalitiesService } from '../municipalities/municipalities.service.ts';
import type { ShopDirectory } from '../shops/shop-directory.service.ts';
import { createConnectService } from './connect.service.ts';
import { createPaymentAccountsRepository } from './payment-accounts.repository.ts';
import { createPaymentEventsRepository } from './payment-events.repository.ts';
import { createPaymentsRouter } from './payments.router.ts';
import { createPlatformFeeService } from './platform-fee.service.ts';
import { createWebhookRegistry } from './webhook-registry.ts';
import { createStripeWebhookRouter } from './webhooks.router.ts';
import { createWebhooksService } from './webhooks.service.ts';

/**
 * Payments: the gateway (null without Stripe keys), webhook intake with its registry, Connect
 * for shops and the platform fee. Other modules register webhook handlers with `onEvent` and
 * call `gateway` (checking it for null: then only pay-at-pickup is offered).
 */
export function createPaymentsModule(deps: {
  database: Database;
  gateway: PaymentGateway | null;
  shops: ShopDirectory;
  municipalities: MunicipalitiesService;
  publicUrl: string;
  now: () => number;
}) {
  const { gateway, now } = deps;
  const { knex } = deps.database;
  const registry = createWebhookRegistry();
  const webhooks = createWebhooksService({
    transaction: deps.database.transaction,
    gateway,
    events: createPaymentEventsRepository(knex),
    registry,
    now,
  });
  const connect = createConnectService({
    shops: deps.shops,
    accounts: createPaymentAccountsRepository(knex),
    gateway,
    publicUrl: deps.publicUrl,
    now,
  });
  const platformFee = createPlatformFeeService({ municipalities: deps.municipalities });
  registry.onEvent('account.updated', (event, db) => connect.applyAccountUpdated(event, db));

  return {
    gateway,
    onEvent: registry.onEvent.bind(registry),
    connect,
    platformFee,
    /** Mount on the app before the API's JSON parser: it reads the raw body. */
    webhookRouter: createStripeWebhookRouter({ webhooks }),
    router: createPaymentsRouter({ connect, platformFee }),
  };
}

export type PaymentsModule = ReturnType<typeof createPaymentsModule>;
