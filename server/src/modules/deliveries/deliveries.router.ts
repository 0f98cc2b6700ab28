import { Router } from 'express';
import { z } from 'zod';
import {
  assignCarrierBodySchema,
  carrierDayQuerySchema,
  closeRunBodySchema,
  deliverBodySchema,
  failDeliveryBodySchema,
  redeliverBodySchema,
  reorderBodySchema,
  shopDeliveryListQuerySchema,
  startRunBodySchema,
} from '@e-galleria/shared/deliveries';
import { requestOrigin } from '../../http/request-origin.ts';
import { parseInput } from '../../http/validate.ts';
import type { CarrierDayService } from './carrier-day.service.ts';
import { renderDeliveryNotePdf } from './delivery-note-pdf.ts';
import type { DeliveryNotesService } from './delivery-notes.service.ts';

const paperQuerySchema = z.object({ paper: z.enum(['a4', 'a5']).default('a4') }).strict();

/** The shop's delivery notes and the carrier's day (decision 0020). */
export function createDeliveriesRouter(deps: {
  notes: DeliveryNotesService;
  carrierDay: CarrierDayService;
}) {
  const { notes, carrierDay } = deps;
  const router = Router();

  router.get('/shops/:shopId/deliveries', async (request, response) => {
    const query = parseInput(shopDeliveryListQuerySchema, request.query);
    response.json(await notes.list(request.actor, request.params.shopId, query));
  });

  router.get('/shops/:shopId/deliveries/:orderId/note', async (request, response) => {
    const { shopId, orderId } = request.params;
    response.json({ note: await notes.note(request.actor, shopId, orderId) });
  });

  router.get('/shops/:shopId/deliveries/:orderId/note.pdf', async (request, response) => {
    const { shopId, orderId } = request.params;
    const { paper } = parseInput(paperQuerySchema, request.query);
    const note = await notes.note(request.actor, shopId, orderId);
    const pdf = await renderDeliveryNotePdf(note, paper === 'a5' ? 'A5' : 'A4');
    response
      .type('application/pdf')
      .set(
        'Content-Disposition',
        `attachment; filename="leveranssedel-${note.parcelCode ?? note.orderId}.pdf"`,
      )
      .send(pdf);
  });

  router.put('/shops/:shopId/deliveries/:orderId/carrier', async (request, response) => {
    const body = parseInput(assignCarrierBodySchema, request.body);
    const { shopId, orderId } = request.params;
    response.json({ delivery: await notes.assign(request.actor, shopId, orderId, body.carrierId) });
  });

  router.post('/shops/:shopId/deliveries/:orderId/hand-over', async (request, response) => {
    const { shopId, orderId } = request.params;
    response.json({
      delivery: await notes.handOver(
        request.actor,
        shopId,
        orderId,
        requestOrigin(request, 'shop_admin'),
      ),
    });
  });

  router.post('/shops/:shopId/deliveries/:orderId/redeliver', async (request, response) => {
    const body = parseInput(redeliverBodySchema, request.body);
    const { shopId, orderId } = request.params;
    response.json({
      delivery: await notes.redeliver(
        request.actor,
        shopId,
        orderId,
        body.date,
        requestOrigin(request, 'shop_admin'),
      ),
    });
  });

  router.post('/shops/:shopId/deliveries/:orderId/take-back', async (request, response) => {
    const { shopId, orderId } = request.params;
    response.json({
      delivery: await notes.takeBack(
        request.actor,
        shopId,
        orderId,
        requestOrigin(request, 'shop_admin'),
      ),
    });
  });

  router.get('/carriers/:slug/deliveries', async (request, response) => {
    const query = parseInput(carrierDayQuerySchema, request.query);
    response.json(await carrierDay.day(request.actor, request.params.slug, query.date));
  });

  // Declared before the per-delivery routes: `order` is no order's id.
  router.put('/carriers/:slug/deliveries/order', async (request, response) => {
    const body = parseInput(reorderBodySchema, request.body);
    response.json(await carrierDay.reorder(request.actor, request.params.slug, body));
  });

  router.post('/carriers/:slug/deliveries/:orderId/deliver', async (request, response) => {
    const body = parseInput(deliverBodySchema, request.body);
    const { slug, orderId } = request.params;
    response.json({
      delivery: await carrierDay.deliver(
        request.actor,
        slug,
        orderId,
        body,
        requestOrigin(request, 'carrier'),
      ),
    });
  });

  router.post('/carriers/:slug/deliveries/:orderId/fail', async (request, response) => {
    const body = parseInput(failDeliveryBodySchema, request.body);
    const { slug, orderId } = request.params;
    response.json({
      delivery: await carrierDay.fail(
        request.actor,
        slug,
        orderId,
        body,
        requestOrigin(request, 'carrier'),
      ),
    });
  });

  router.post('/carriers/:slug/runs', async (request, response) => {
    const body = parseInput(startRunBodySchema, request.body);
    response
      .status(201)
      .json({ run: await carrierDay.startRun(request.actor, request.params.slug, body) });
  });

  router.post('/carriers/:slug/runs/:runId/close', async (request, response) => {
    const body = parseInput(closeRunBodySchema, request.body);
    const { slug, runId } = request.params;
    response.json({ run: await carrierDay.closeRun(request.actor, slug, runId, body) });
  });

  return router;
}
