import { Router } from 'express';
import { updatePlatformFeeBodySchema } from '@e-galleria/shared/payments';
import { parseInput } from '../../http/validate.ts';
import type { ConnectService } from './connect.service.ts';
import type { PlatformFeeService } from './platform-fee.service.ts';

/** A shop's Stripe Connect status and onboarding link; a municipality's platform fee. */
export function createPaymentsRouter(deps: {
  connect: ConnectService;
  platformFee: PlatformFeeService;
}) {
  const { connect, platformFee } = deps;
  const router = Router();

  router.get('/shops/:shopId/payments', async (request, response) => {
    response.json({ payments: await connect.status(request.actor, request.params.shopId) });
  });

  router.post('/shops/:shopId/payments/onboarding-link', async (request, response) => {
    response.json(await connect.onboardingLink(request.actor, request.params.shopId));
  });

  router.get('/admin/municipalities/:slug/platform-fee', async (request, response) => {
    response.json({ platformFee: await platformFee.get(request.actor, request.params.slug) });
  });

  router.put('/admin/municipalities/:slug/platform-fee', async (request, response) => {
    const body = parseInput(updatePlatformFeeBodySchema, request.body);
    response.json({
      platformFee: await platformFee.update(request.actor, request.params.slug, body),
    });
  });

  return router;
}
