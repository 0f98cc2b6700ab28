import { swedishDateOf } from '@e-galleria/shared/calendar-dates';
import type { FieldError } from '@e-galleria/shared/errors';
import type {
  Agreement,
  DeliveryZone,
  DeliveryZoneInput,
  HomeDeliverySettings,
  HomeDeliverySettingsInput,
  MunicipalityHomeDelivery,
} from '@e-galleria/shared/home-delivery';
import { sortSwedish } from '@e-galleria/shared/swedish-order';
import type { AuditAction } from '@e-galleria/shared/shops';
import type { Transaction, TransactionRunner } from '../../db/database.ts';
import { isForeignKeyViolation, isUniqueViolation } from '../../db/constraint-errors.ts';
import { newId } from '../../db/ids.ts';
import { AppError, notFound } from '../../errors.ts';
import { authorize, type Actor } from '../auth/access.port.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { MunicipalitiesService } from '../municipalities/municipalities.service.ts';
import type { CarriersRepository } from './carriers.repository.ts';
import type { DeliveryZonesRepository } from './delivery-zones.repository.ts';
import {
  defaultSettings,
  presentAgreement,
  presentCarrier,
  presentSettings,
  presentZone,
} from './home-delivery-presenters.ts';
import type { ShopHomeDeliveryRepository } from './shop-home-delivery.repository.ts';

type HomeDeliveryAuditAction = Extract<AuditAction, `home_delivery.${string}`>;

function invalid(fieldErrors: FieldError[]): AppError {
  return new AppError('validation_failed', 'Some fields are invalid.', { fieldErrors });
}

const placeKey = (postalCode: string, village: string) =>
  `${postalCode}|${village.toLocaleLowerCase('sv')}`;

/**
 * The municipality admin's set-up of home delivery (decision 0020): the settings, the zones
 * with their places and route days; the list of agreements with shops, which
 * agreements.service.ts makes and changes. Carriers are in carriers.service.ts.
 */
export function createMunicipalitySetupService(deps: {
  transaction: TransactionRunner;
  zones: DeliveryZonesRepository;
  carriers: CarriersRepository;
  shopDelivery: ShopHomeDeliveryRepository;
  municipalities: MunicipalitiesService;
  audit: AuditService;
  now: () => number;
}) {
  const { transaction, zones, carriers, shopDelivery, municipalities, audit, now } = deps;

  /** The municipality, and who acts on it (for the audit log of what they change). */
  async function municipalityFor(
    actor: Actor | null,
    slug: string,
    action: 'municipality.home_delivery.read' | 'municipality.home_delivery.manage',
  ) {
    if (!actor) throw new AppError('unauthenticated');
    const row = await municipalities.findOrThrow(slug);
    const admin = authorize(actor, action, municipalities.scopeOf(row));
    return { ...row, actorUserId: admin.user.id };
  }

  /**
   * A change to home delivery's set-up, in the municipality's audit log in the same
   * transaction: fees, zones, agreements and carriers decide what residents pay and what the
   * municipality claims as subsidy, so who changed them and when must be on record.
   */
  const recordChange = (
    trx: Transaction,
    municipality: { id: string; actorUserId: string },
    action: HomeDeliveryAuditAction,
    details: Record<string, unknown>,
    shopId: string | null = null,
  ) =>
    audit.record(
      {
        municipalityId: municipality.id,
        shopId,
        actorUserId: municipality.actorUserId,
        action,
        details,
      },
      trx,
    );

  async function zonesOf(municipalityId: string): Promise<DeliveryZone[]> {
    const [rows, places] = await Promise.all([
      zones.listZones(municipalityId),
      zones.listPlaces(municipalityId),
    ]);
    return sortSwedish(rows, (row) => row.name).map((row) => presentZone(row, places));
  }

  async function agreementsOf(municipalityId: string): Promise<Agreement[]> {
    const today = swedishDateOf(now());
    return (await shopDelivery.listAgreements(municipalityId)).map((row) =>
      presentAgreement(row, today),
    );
  }

  /** Places already in another zone, or twice in this one: refused on the village. */
  async function placeConflicts(
    municipalityId: string,
    zoneId: string | null,
    body: DeliveryZoneInput,
  ): Promise<FieldError[]> {
    const taken = new Set(
      (await zones.listPlaces(municipalityId))
        .filter((place) => place.zone_id !== zoneId)
        .map((place) => placeKey(place.postal_code, place.village)),
    );
    const seen = new Set<string>();
    return body.places.flatMap((place, index): FieldError[] => {
      const key = placeKey(place.postalCode, place.village);
      const clash = taken.has(key) || seen.has(key);
      seen.add(key);
      return clash
        ? [
            {
              field: `places.${index}.village`,
              code: 'place_taken',
              message: 'This postal code and village is already in a zone.',
            },
          ]
        : [];
    });
  }

  async function nameTaken(municipalityId: string, zoneId: string | null, name: string) {
    const lower = name.toLocaleLowerCase('sv');
    return (await zones.listZones(municipalityId)).some(
      (zone) => zone.id !== zoneId && zone.name.toLocaleLowerCase('sv') === lower,
    );
  }

  async function saveZone(
    municipality: { id: string; actorUserId: string },
    zoneId: string | null,
    body: DeliveryZoneInput,
  ): Promise<string> {
    const municipalityId = municipality.id;
    const errors = await placeConflicts(municipalityId, zoneId, body);
    if (await nameTaken(municipalityId, zoneId, body.name))
      errors.unshift({ field: 'name', code: 'name_taken', message: 'Another zone has this name.' });
    if (errors.length > 0) throw invalid(errors);
    const at = now();
    const id = zoneId ?? newId();
    const routeDays = JSON.stringify([...body.routeDays].sort((a, b) => a.weekday - b.weekday));
    await transaction(async (trx) => {
      if (zoneId)
        await zones.updateZone(
          zoneId,
          { name: body.name, route_days: routeDays, is_active: body.isActive, updated_at: at },
          trx,
        );
      else
        await zones.insertZone(
          {
            id,
            municipality_id: municipalityId,
            name: body.name,
            route_days: routeDays,
            is_active: body.isActive,
            created_at: at,
            updated_at: at,
          },
          trx,
        );
      await zones.replacePlaces(
        id,
        body.places.map((place) => ({
          id: newId(),
          zone_id: id,
          municipality_id: municipalityId,
          postal_code: place.postalCode,
          village: place.village,
          is_large_locality: place.isLargeLocality,
        })),
        trx,
      );
      await recordChange(
        trx,
        municipality,
        zoneId ? 'home_delivery.zone_updated' : 'home_delivery.zone_created',
        { zoneId: id, name: body.name, isActive: body.isActive, places: body.places.length },
      );
    }).catch((error: unknown) => {
      // Two admins saving at once: the unique indexes decide.
      if (isUniqueViolation(error))
        throw invalid([{ field: 'name', code: 'name_taken', message: 'Saved by someone else.' }]);
      throw error;
    });
    return id;
  }

  async function zoneOfMunicipality(municipalityId: string, zoneId: string) {
    const zone = await zones.findZone(zoneId);
    if (!zone || zone.municipality_id !== municipalityId) throw notFound('The zone');
    return zone;
  }

  return {
    async get(actor: Actor | null, slug: string): Promise<MunicipalityHomeDelivery> {
      const municipality = await municipalityFor(actor, slug, 'municipality.home_delivery.read');
      const [settings, zoneList, carrierRows, agreements] = await Promise.all([
        zones.findSettings(municipality.id),
        zonesOf(municipality.id),
        carriers.list(municipality.id),
        agreementsOf(municipality.id),
      ]);
      const carrierZones = await carriers.zonesOf(carrierRows.map((row) => row.id));
      const zoneNames = new Map(zoneList.map((zone) => [zone.id, zone.name]));
      return {
        municipality: { slug: municipality.slug, name: municipality.name },
        settings: presentSettings(settings ?? defaultSettings(municipality.id)),
        zones: zoneList,
        carriers: sortSwedish(carrierRows, (row) => row.name).map((row) =>
          presentCarrier(row, carrierZones, zoneNames),
        ),
        agreements,
      };
    },

    async saveSettings(
      actor: Actor | null,
      slug: string,
      body: HomeDeliverySettingsInput,
    ): Promise<HomeDeliverySettings> {
      const municipality = await municipalityFor(actor, slug, 'municipality.home_delivery.manage');
      const row = {
        municipality_id: municipality.id,
        is_enabled: body.isEnabled,
        fee_ore: body.feeOre,
        subsidised_fee_ore: body.subsidisedFeeOre,
        fee_vat_class: body.feeVatClass,
        eligibility: body.eligibility,
        trial_starts_on: body.trialStartsOn,
        trial_ends_on: body.trialEndsOn,
        phone: body.phone,
        public_note: body.publicNote,
        updated_at: now(),
      };
      await transaction(async (trx) => {
        const before = await zones.findSettings(municipality.id, trx);
        await zones.saveSettings(row, trx);
        // Only a real change is on record: saving the form unchanged writes nothing.
        const previous = presentSettings(before ?? defaultSettings(municipality.id));
        const saved = presentSettings(row);
        const fields = (Object.keys(saved) as (keyof HomeDeliverySettings)[]).filter(
          (field) => saved[field] !== previous[field],
        );
        if (fields.length > 0)
          await recordChange(trx, municipality, 'home_delivery.settings_updated', {
            fields,
            isEnabled: body.isEnabled,
            feeOre: body.feeOre,
            subsidisedFeeOre: body.subsidisedFeeOre,
            eligibility: body.eligibility,
          });
      });
      return presentSettings(row);
    },

    async createZone(
      actor: Actor | null,
      slug: string,
      body: DeliveryZoneInput,
    ): Promise<DeliveryZone> {
      const municipality = await municipalityFor(actor, slug, 'municipality.home_delivery.manage');
      const id = await saveZone(municipality, null, body);
      return (await zonesOf(municipality.id)).find((zone) => zone.id === id) as DeliveryZone;
    },

    async updateZone(
      actor: Actor | null,
      slug: string,
      zoneId: string,
      body: DeliveryZoneInput,
    ): Promise<DeliveryZone> {
      const municipality = await municipalityFor(actor, slug, 'municipality.home_delivery.manage');
      await zoneOfMunicipality(municipality.id, zoneId);
      await saveZone(municipality, zoneId, body);
      return (await zonesOf(municipality.id)).find((zone) => zone.id === zoneId) as DeliveryZone;
    },

    async deleteZone(actor: Actor | null, slug: string, zoneId: string): Promise<void> {
      const municipality = await municipalityFor(actor, slug, 'municipality.home_delivery.manage');
      const zone = await zoneOfMunicipality(municipality.id, zoneId);
      await transaction(async (trx) => {
        await zones.deleteZone(zoneId, trx);
        await recordChange(trx, municipality, 'home_delivery.zone_deleted', {
          zoneId,
          name: zone.name,
        });
      }).catch((error: unknown) => {
        // Delivery notes (the deliveries module's) keep their zone: switch it off instead.
        if (isForeignKeyViolation(error))
          throw new AppError('status_conflict', 'The zone has deliveries: switch it off instead.');
        throw error;
      });
    },

    municipalityFor,
    recordChange,
    agreementsOf,
  };
}

export type MunicipalitySetupService = ReturnType<typeof createMunicipalitySetupService>;
