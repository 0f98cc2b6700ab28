import { Router } from 'express';
import {
  checkInBodySchema,
  confirmHandoverBodySchema,
  handoverLookupBodySchema,
  parcelListQuerySchema,
  sendBackBodySchema,
} from '@e-galleria/shared/counter';
import { requestOrigin } from '../../http/request-origin.ts';
import { parseInput } from '../../http/validate.ts';
import type { CounterService } from './counter.service.ts';
import type { HandoverConfirmation } from './handover-confirmation.ts';

/** The service point's counter, for its operators' phones. */
export function createCounterRouter(deps: {
  counter: CounterService;
  confirmation: HandoverConfirmation;
}) {
  const { counter, confirmation } = deps;
  const router = Router();

  router.get('/service-points/:id/parcels', async (request, response) => {
    const query = parseInput(parcelListQuerySchema, request.query);
    response.json(await counter.listParcels(request.actor, request.params.id, query));
  });

  router.post('/service-points/:id/check-ins', async (request, response) => {
    const body = parseInput(checkInBodySchema, request.body);
    response.json(
      await counter.checkIn(
        request.actor,
        request.params.id,
        body,
        requestOrigin(request, 'counter'),
      ),
    );
  });

  router.post('/service-points/:id/send-back', async (request, response) => {
    const body = parseInput(sendBackBodySchema, request.body);
    response.json(
      await counter.sendBack(
        request.actor,
        request.params.id,
        body,
        requestOrigin(request, 'counter'),
      ),
    );
  });

  router.post('/service-points/:id/handovers/lookup', async (request, response) => {
    const body = parseInput(handoverLookupBodySchema, request.body);
    response.json({
      handover: await counter.lookUpHandover(request.actor, request.params.id, body.code),
    });
  });

  router.post('/service-points/:id/handovers/:handoverId/confirm', async (request, response) => {
    const body = parseInput(confirmHandoverBodySchema, request.body);
    response.json(
      await confirmation.confirm(
        request.actor,
        request.params.id,
        request.params.handoverId,
        body,
        requestOrigin(request, 'counter'),
      ),
    );
  });

  return router;
}
