import { swedishDateOf } from '@e-galleria/shared/calendar-dates';
import type { FieldError } from '@e-galleria/shared/errors';
import type { ShopHomeDelivery, ShopHomeDeliveryInput } from '@e-galleria/shared/home-delivery';
import { sortSwedish } from '@e-galleria/shared/swedish-order';
import type { TransactionRunner } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../auth/access.port.ts';
import type { MunicipalitiesService } from '../municipalities/municipalities.service.ts';
import type { ShopDirectory } from '../shops/shop-directory.service.ts';
import type { CarriersRepository } from './carriers.repository.ts';
import type { DeliveryZonesRepository } from './delivery-zones.repository.ts';
import { presentAgreement, presentPublicZone } from './home-delivery-presenters.ts';
import type { ShopHomeDeliveryRepository } from './shop-home-delivery.repository.ts';

type Choices = Pick<ShopHomeDelivery, 'availableZones' | 'availableCarriers'>;

/**
 * A shop owner's opt-in to home delivery (decision 0020): which zones it delivers to, which
 * carriers it hands over to, its extra fee and its own cut-off. Only zones and carriers of a
 * municipality the shop has a valid agreement with today may be chosen.
 */
export function createShopHomeDeliveryService(deps: {
  transaction: TransactionRunner;
  zones: DeliveryZonesRepository;
  carriers: CarriersRepository;
  shopDelivery: ShopHomeDeliveryRepository;
  municipalities: MunicipalitiesService;
  shops: ShopDirectory;
  now: () => number;
}) {
  const { transaction, zones, carriers, shopDelivery, municipalities, shops, now } = deps;

  async function choicesFor(municipalityIds: readonly string[]): Promise<Choices> {
    const perMunicipality = await Promise.all(
      municipalityIds.map(async (municipalityId) => {
        const [municipality, zoneRows, places, carrierRows] = await Promise.all([
          municipalities.describe(municipalityId),
          zones.listZones(municipalityId),
          zones.listPlaces(municipalityId),
          carriers.list(municipalityId),
        ]);
        const activeZones = zoneRows.filter((zone) => zone.is_active);
        const activeCarriers = carrierRows.filter((carrier) => carrier.is_active);
        const driven = await carriers.zonesOf(activeCarriers.map((carrier) => carrier.id));
        return {
          zones: activeZones.map((zone) => ({
            id: zone.id,
            ...presentPublicZone(
              zone,
              places.filter((place) => place.zone_id === zone.id).map((place) => place.village),
            ),
            municipality: { slug: municipality.slug, name: municipality.name },
          })),
          carriers: activeCarriers.map((carrier) => ({
            id: carrier.id,
            name: carrier.name,
            zoneIds: driven
              .filter((row) => row.carrier_id === carrier.id)
              .map((row) => row.zone_id)
              .filter((zoneId) => activeZones.some((zone) => zone.id === zoneId)),
          })),
        };
      }),
    );
    return {
      availableZones: sortSwedish(
        perMunicipality.flatMap((entry) => entry.zones),
        (zone) => zone.name,
      ).map(({ id, name, municipality, villages, routeWeekdays }) => ({
        id,
        name,
        municipality,
        villages,
        routeWeekdays,
      })),
      availableCarriers: sortSwedish(
        perMunicipality.flatMap((entry) => entry.carriers),
        (carrier) => carrier.name,
      ),
    };
  }

  async function view(shopId: string): Promise<ShopHomeDelivery> {
    const today = swedishDateOf(now());
    const [optIn, zoneIds, carrierIds, agreements, valid] = await Promise.all([
      shopDelivery.findOptIn(shopId),
      shopDelivery.zoneIdsOf(shopId),
      shopDelivery.carrierIdsOf(shopId),
      shopDelivery.agreementsOfShop(shopId),
      shopDelivery.municipalitiesWithAgreementOn(shopId, today),
    ]);
    return {
      isEnabled: optIn?.is_enabled ?? false,
      zoneIds,
      carrierIds,
      extraFeeOre: optIn?.extra_fee_ore ?? 0,
      extraCutoffHours: optIn?.extra_cutoff_hours ?? 0,
      agreements: agreements.map((row) => presentAgreement(row, today)),
      hasValidAgreement: valid.length > 0,
      ...(await choicesFor(valid)),
    };
  }

  function refusals(body: ShopHomeDeliveryInput, choices: Choices, hasAgreement: boolean) {
    const errors: FieldError[] = [];
    if (body.isEnabled && !hasAgreement)
      errors.push({
        field: 'isEnabled',
        code: 'no_valid_agreement',
        message: 'The shop has no valid home-delivery agreement with the municipality.',
      });
    const zoneIds = new Set(choices.availableZones.map((zone) => zone.id));
    body.zoneIds.forEach((zoneId, index) => {
      if (!zoneIds.has(zoneId))
        errors.push({
          field: `zoneIds.${index}`,
          code: 'zone_unavailable',
          message: 'Not an active zone of a municipality the shop has an agreement with.',
        });
    });
    const carriersById = new Map(choices.availableCarriers.map((carrier) => [carrier.id, carrier]));
    body.carrierIds.forEach((carrierId, index) => {
      const carrier = carriersById.get(carrierId);
      if (!carrier)
        errors.push({
          field: `carrierIds.${index}`,
          code: 'carrier_unavailable',
          message: 'Not an active carrier of a municipality the shop has an agreement with.',
        });
      else if (!carrier.zoneIds.some((zoneId) => body.zoneIds.includes(zoneId)))
        errors.push({
          field: `carrierIds.${index}`,
          code: 'carrier_not_in_zone',
          message: 'The carrier drives none of the zones the shop delivers to.',
        });
    });
    return errors;
  }

  return {
    async get(actor: Actor | null, shopId: string): Promise<ShopHomeDelivery> {
      const { shop } = await shops.authorized(actor, shopId, 'shop.home_delivery.read');
      return view(shop.id);
    },

    async update(
      actor: Actor | null,
      shopId: string,
      body: ShopHomeDeliveryInput,
    ): Promise<ShopHomeDelivery> {
      const { shop } = await shops.authorized(actor, shopId, 'shop.home_delivery.manage');
      const valid = await shopDelivery.municipalitiesWithAgreementOn(shop.id, swedishDateOf(now()));
      const errors = refusals(body, await choicesFor(valid), valid.length > 0);
      if (errors.length > 0)
        throw new AppError('validation_failed', 'Some fields are invalid.', {
          fieldErrors: errors,
        });
      await transaction((trx) =>
        shopDelivery.saveOptIn(
          {
            shop_id: shop.id,
            is_enabled: body.isEnabled,
            extra_fee_ore: body.extraFeeOre,
            extra_cutoff_hours: body.extraCutoffHours,
            updated_at: now(),
          },
          [...new Set(body.zoneIds)],
          [...new Set(body.carrierIds)],
          trx,
        ),
      );
      return view(shop.id);
    },
  };
}

export type ShopHomeDeliveryService = ReturnType<typeof createShopHomeDeliveryService>;
