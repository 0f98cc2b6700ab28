import express, { Router } from 'express';
import type { WebhooksService } from './webhooks.service.ts';

/**
 * POST /api/v1/webhooks/stripe, mounted before the API's JSON parser and cross-site check:
 * the signature covers the exact bytes Stripe sent, and Stripe is a server, not a browser,
 * so the signature is the protection rather than Origin.
 */
export function createStripeWebhookRouter(deps: { webhooks: WebhooksService }) {
  const router = Router();
  router.post(
    '/api/v1/webhooks/stripe',
    express.raw({ type: () => true, limit: '1mb' }),
    async (request, response) => {
      const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const result = await deps.webhooks.receive(body, request.get('stripe-signature'));
      response.json({ received: true, ...result });
    },
  );
  return router;
}
