import type { FieldError } from '@e-galleria/shared/errors';
import type { Carrier, CarrierInput } from '@e-galleria/shared/home-delivery';
import { firstFreeSlug, slugify } from '@e-galleria/shared/slugify';
import { sortSwedish } from '@e-galleria/shared/swedish-order';
import type { TransactionRunner } from '../../db/database.ts';
import { isForeignKeyViolation, isUniqueViolation } from '../../db/constraint-errors.ts';
import { newId } from '../../db/ids.ts';
import { AppError, notFound } from '../../errors.ts';
import type { Actor } from '../auth/access.port.ts';
import type { CarrierDirectory, CarrierSummary } from '../deliveries/carriers.port.ts';
import { weekdaysOf, type CarrierRow, type CarriersRepository } from './carriers.repository.ts';
import { routeDaysOf, type DeliveryZonesRepository } from './delivery-zones.repository.ts';
import { presentCarrier } from './home-delivery-presenters.ts';
import type { MunicipalitySetupService } from './municipality-setup.service.ts';
import type { ShopHomeDeliveryRepository } from './shop-home-delivery.repository.ts';

function invalid(fieldErrors: FieldError[]): AppError {
  return new AppError('validation_failed', 'Some fields are invalid.', { fieldErrors });
}

function summaryOf(row: CarrierRow): CarrierSummary {
  return {
    id: row.id,
    municipalityId: row.municipality_id,
    slug: row.slug,
    name: row.name,
    orgNumber: row.org_number,
  };
}

/** ISO weekday (1 = Monday) of a calendar date 'YYYY-MM-DD'. */
function weekdayOf(date: string): number {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/**
 * The municipality's carriers as companies (decision 0020): the admin's register of them and
 * the zones and route days each drives, and the deliveries module's directory of them.
 */
export function createCarriersService(deps: {
  transaction: TransactionRunner;
  carriers: CarriersRepository;
  zones: DeliveryZonesRepository;
  shopDelivery: ShopHomeDeliveryRepository;
  setup: MunicipalitySetupService;
  now: () => number;
}) {
  const { transaction, carriers, zones, shopDelivery, setup, now } = deps;

  /** Each zone must be the municipality's, each weekday one of its route days. */
  async function zoneErrors(municipalityId: string, body: CarrierInput): Promise<FieldError[]> {
    const found = new Map(
      (await zones.findZones(body.zones.map((zone) => zone.zoneId))).map((zone) => [zone.id, zone]),
    );
    return body.zones.flatMap((driven, index): FieldError[] => {
      const zone = found.get(driven.zoneId);
      if (!zone || zone.municipality_id !== municipalityId)
        return [
          {
            field: `zones.${index}.zoneId`,
            code: 'unknown_zone',
            message: 'Not a zone of the municipality.',
          },
        ];
      const routeWeekdays = new Set(routeDaysOf(zone).map((day) => day.weekday));
      return driven.weekdays.every((weekday) => routeWeekdays.has(weekday))
        ? []
        : [
            {
              field: `zones.${index}.weekdays`,
              code: 'not_a_route_day',
              message: 'The zone has no route on one of these days.',
            },
          ];
    });
  }

  async function present(municipalityId: string, carrierId: string): Promise<Carrier> {
    const [row, carrierZones, zoneRows] = await Promise.all([
      carriers.findById(carrierId),
      carriers.zonesOf([carrierId]),
      zones.listZones(municipalityId),
    ]);
    if (!row) throw notFound('The carrier');
    return presentCarrier(row, carrierZones, new Map(zoneRows.map((zone) => [zone.id, zone.name])));
  }

  async function save(
    municipality: { id: string; actorUserId: string },
    existing: CarrierRow | null,
    body: CarrierInput,
  ): Promise<string> {
    const municipalityId = municipality.id;
    const errors = await zoneErrors(municipalityId, body);
    const lower = body.name.toLocaleLowerCase('sv');
    if (
      (await carriers.list(municipalityId)).some(
        (row) => row.id !== existing?.id && row.name.toLocaleLowerCase('sv') === lower,
      )
    )
      errors.unshift({
        field: 'name',
        code: 'name_taken',
        message: 'Another carrier has this name.',
      });
    if (errors.length > 0) throw invalid(errors);
    const at = now();
    const id = existing?.id ?? newId();
    const columns = {
      name: body.name,
      org_number: body.orgNumber,
      contact_name: body.contactName,
      contact_email: body.contactEmail,
      contact_phone: body.contactPhone,
      is_active: body.isActive,
      updated_at: at,
    };
    await transaction(async (trx) => {
      if (existing) await carriers.update(id, columns, trx);
      else {
        // A carrier's screen is /konto/bud/<slug>: unique over the whole installation.
        const base = slugify(body.name) || 'bud';
        const taken: string[] = [];
        let slug = base;
        while (await carriers.slugTaken(slug, trx)) {
          taken.push(slug);
          slug = firstFreeSlug(base, taken);
        }
        await carriers.insert(
          { id, municipality_id: municipalityId, slug, ...columns, created_at: at },
          trx,
        );
      }
      await carriers.replaceZones(
        id,
        body.zones.map((zone) => ({
          carrier_id: id,
          zone_id: zone.zoneId,
          weekdays: JSON.stringify([...zone.weekdays].sort((a, b) => a - b)),
        })),
        trx,
      );
      await setup.recordChange(
        trx,
        municipality,
        existing ? 'home_delivery.carrier_updated' : 'home_delivery.carrier_created',
        { carrierId: id, name: body.name, isActive: body.isActive, zones: body.zones.length },
      );
    }).catch((error: unknown) => {
      if (isUniqueViolation(error))
        throw invalid([{ field: 'name', code: 'name_taken', message: 'Saved by someone else.' }]);
      throw error;
    });
    return id;
  }

  async function carrierOfMunicipality(municipalityId: string, carrierId: string) {
    const row = await carriers.findById(carrierId);
    if (!row || row.municipality_id !== municipalityId) throw notFound('The carrier');
    return row;
  }

  const directory: CarrierDirectory = {
    async carrierById(carrierId) {
      const row = await carriers.findById(carrierId);
      return row?.is_active ? summaryOf(row) : null;
    },
    async carrierBySlug(slug) {
      const row = await carriers.findBySlug(slug);
      return row?.is_active ? summaryOf(row) : null;
    },
    async carriersOfShop(shopId) {
      const rows = await carriers.findMany(await shopDelivery.carrierIdsOf(shopId));
      return sortSwedish(
        rows.filter((row) => row.is_active),
        (row) => row.name,
      ).map(summaryOf);
    },
    async drives(carrierId, zoneId, date) {
      const [carrier, driven] = await Promise.all([
        carriers.findById(carrierId),
        carriers.findZone(carrierId, zoneId),
      ]);
      return Boolean(carrier?.is_active && driven && weekdaysOf(driven).includes(weekdayOf(date)));
    },
    async zoneName(zoneId) {
      return (await zones.findZone(zoneId))?.name ?? null;
    },
    async isRouteDay(zoneId, date) {
      const zone = await zones.findZone(zoneId);
      return Boolean(
        zone?.is_active && routeDaysOf(zone).some((day) => day.weekday === weekdayOf(date)),
      );
    },
  };

  return {
    directory,

    async create(actor: Actor | null, slug: string, body: CarrierInput): Promise<Carrier> {
      const municipality = await setup.municipalityFor(
        actor,
        slug,
        'municipality.home_delivery.manage',
      );
      return present(municipality.id, await save(municipality, null, body));
    },

    async update(
      actor: Actor | null,
      slug: string,
      carrierId: string,
      body: CarrierInput,
    ): Promise<Carrier> {
      const municipality = await setup.municipalityFor(
        actor,
        slug,
        'municipality.home_delivery.manage',
      );
      const existing = await carrierOfMunicipality(municipality.id, carrierId);
      return present(municipality.id, await save(municipality, existing, body));
    },

    async remove(actor: Actor | null, slug: string, carrierId: string): Promise<void> {
      const municipality = await setup.municipalityFor(
        actor,
        slug,
        'municipality.home_delivery.manage',
      );
      const carrier = await carrierOfMunicipality(municipality.id, carrierId);
      await transaction(async (trx) => {
        await carriers.delete(carrierId, trx);
        await setup.recordChange(trx, municipality, 'home_delivery.carrier_removed', {
          carrierId,
          name: carrier.name,
        });
      }).catch((error: unknown) => {
        // Its deliveries (the deliveries module's notes) keep it: switch it off instead.
        if (isForeignKeyViolation(error))
          throw new AppError(
            'status_conflict',
            'The carrier has deliveries: switch it off instead.',
          );
        throw error;
      });
    },
  };
}

export type CarriersService = ReturnType<typeof createCarriersService>;
