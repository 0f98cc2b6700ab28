import { Router } from 'express';
import {
  agreementBodySchema,
  carrierBodySchema,
  deliveryZoneBodySchema,
  homeDeliverySettingsBodySchema,
  inviteCarrierStaffBodySchema,
  shopHomeDeliveryBodySchema,
  shopHomeDeliveryQuerySchema,
} from '@e-galleria/shared/home-delivery';
import { parseInput } from '../../http/validate.ts';
import type { CarrierStaffService } from './carrier-staff.service.ts';
import type { CarriersService } from './carriers.service.ts';
import type { HomeDeliveryOffersService } from './home-delivery-offers.service.ts';
import type { AgreementsService } from './agreements.service.ts';
import type { MunicipalitySetupService } from './municipality-setup.service.ts';
import type { ShopHomeDeliveryService } from './shop-home-delivery.service.ts';

/**
 * Home delivery's set-up over HTTP: the municipality admin's (/admin/municipalities/:slug/
 * home-delivery), the shop owner's opt-in (/shops/:shopId/home-delivery-settings), and the
 * public questions: a shop's offer to a place, a municipality's page.
 */
export function createHomeDeliveryRouter(deps: {
  setup: MunicipalitySetupService;
  agreements: AgreementsService;
  carriers: CarriersService;
  staff: CarrierStaffService;
  shopOptIn: ShopHomeDeliveryService;
  offers: HomeDeliveryOffersService;
}) {
  const { setup, agreements, carriers, staff, shopOptIn, offers } = deps;
  const router = Router();
  const admin = '/admin/municipalities/:slug/home-delivery';

  router.get('/municipalities/:slug/home-delivery', async (request, response) => {
    response.json({ homeDelivery: await offers.publicPage(request.params.slug) });
  });

  router.get('/shops/:shopId/home-delivery', async (request, response) => {
    const query = parseInput(shopHomeDeliveryQuerySchema, request.query);
    response.json(await offers.publicOffer(request.params.shopId, query));
  });

  router.get('/shops/:shopId/home-delivery-settings', async (request, response) => {
    response.json({ homeDelivery: await shopOptIn.get(request.actor, request.params.shopId) });
  });

  router.put('/shops/:shopId/home-delivery-settings', async (request, response) => {
    const body = parseInput(shopHomeDeliveryBodySchema, request.body);
    response.json({
      homeDelivery: await shopOptIn.update(request.actor, request.params.shopId, body),
    });
  });

  router.get(admin, async (request, response) => {
    response.json({ homeDelivery: await setup.get(request.actor, request.params.slug) });
  });

  router.put(`${admin}/settings`, async (request, response) => {
    const body = parseInput(homeDeliverySettingsBodySchema, request.body);
    response.json({
      settings: await setup.saveSettings(request.actor, request.params.slug, body),
    });
  });

  router.post(`${admin}/zones`, async (request, response) => {
    const body = parseInput(deliveryZoneBodySchema, request.body);
    response
      .status(201)
      .json({ zone: await setup.createZone(request.actor, request.params.slug, body) });
  });

  router.put(`${admin}/zones/:zoneId`, async (request, response) => {
    const body = parseInput(deliveryZoneBodySchema, request.body);
    response.json({
      zone: await setup.updateZone(request.actor, request.params.slug, request.params.zoneId, body),
    });
  });

  router.delete(`${admin}/zones/:zoneId`, async (request, response) => {
    await setup.deleteZone(request.actor, request.params.slug, request.params.zoneId);
    response.status(204).end();
  });

  router.post(`${admin}/carriers`, async (request, response) => {
    const body = parseInput(carrierBodySchema, request.body);
    response
      .status(201)
      .json({ carrier: await carriers.create(request.actor, request.params.slug, body) });
  });

  router.put(`${admin}/carriers/:carrierId`, async (request, response) => {
    const body = parseInput(carrierBodySchema, request.body);
    response.json({
      carrier: await carriers.update(
        request.actor,
        request.params.slug,
        request.params.carrierId,
        body,
      ),
    });
  });

  router.delete(`${admin}/carriers/:carrierId`, async (request, response) => {
    await carriers.remove(request.actor, request.params.slug, request.params.carrierId);
    response.status(204).end();
  });

  router.get(`${admin}/carriers/:carrierId/staff`, async (request, response) => {
    const { slug, carrierId } = request.params;
    response.json({
      items: await staff.listStaff(request.actor, slug, carrierId),
      nextCursor: null,
    });
  });

  router.get(`${admin}/carriers/:carrierId/invitations`, async (request, response) => {
    const { slug, carrierId } = request.params;
    const items = await staff.listInvitations(request.actor, slug, carrierId);
    response.json({ items, nextCursor: null });
  });

  router.post(`${admin}/carriers/:carrierId/invitations`, async (request, response) => {
    const body = parseInput(inviteCarrierStaffBodySchema, request.body);
    const { slug, carrierId } = request.params;
    response
      .status(201)
      .json({ invitation: await staff.invite(request.actor, slug, carrierId, body) });
  });

  router.get('/home-delivery/municipalities', async (_request, response) => {
    response.json({ items: await offers.deliveringMunicipalities() });
  });

  router.post(`${admin}/agreements`, async (request, response) => {
    const body = parseInput(agreementBodySchema, request.body);
    response
      .status(201)
      .json({ agreement: await agreements.create(request.actor, request.params.slug, body) });
  });

  router.put(`${admin}/agreements/:agreementId`, async (request, response) => {
    const body = parseInput(agreementBodySchema, request.body);
    response.json({
      agreement: await agreements.update(
        request.actor,
        request.params.slug,
        request.params.agreementId,
        body,
      ),
    });
  });

  router.delete(`${admin}/agreements/:agreementId`, async (request, response) => {
    await agreements.remove(request.actor, request.params.slug, request.params.agreementId);
    response.status(204).end();
  });

  return router;
}
