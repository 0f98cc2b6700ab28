import { afterAll, beforeAll } from 'vitest';
import { startStripeStandIn, type StripeStandIn } from '../../support/stripe-stand-in.ts';
import { useE2eEnvironment, type E2eEnvironment } from './e2e-environment.ts';

/**
 * A browser-test environment whose server pays by card through a local Stripe stand-in: the
 * stand-in starts first (hooks run in order) so the server is pointed at it, and its webhooks
 * go to that server.
 */
export function useE2eEnvironmentWithStripe(): {
  environment: E2eEnvironment;
  standIn: () => StripeStandIn;
} {
  let standIn: StripeStandIn | undefined;
  beforeAll(async () => {
    standIn = await startStripeStandIn();
  });
  const environment = useE2eEnvironment({ env: () => standInOf().env });
  function standInOf(): StripeStandIn {
    if (!standIn) throw new Error('the Stripe stand-in is not started yet');
    return standIn;
  }
  beforeAll(() => {
    standInOf().webhookUrl = `${environment.baseUrl}/api/v1/webhooks/stripe`;
  });
  afterAll(() => standIn?.close());
  return { environment, standIn: standInOf };
}
