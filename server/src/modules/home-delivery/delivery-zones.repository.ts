import type { Knex } from 'knex';
import type { HomeDeliveryEligibility } from '@e-galleria/shared/home-delivery';
import type { ScheduledDelivery } from '@e-galleria/shared/pickup-schedule';
import type { VatClass } from '@e-galleria/shared/vat';
import { readBooleans } from '../../db/booleans.ts';
import type { Queryable } from '../../db/database.ts';

export type HomeDeliverySettingsRow = {
  municipality_id: string;
  is_enabled: boolean;
  fee_ore: number;
  subsidised_fee_ore: number;
  fee_vat_class: VatClass;
  eligibility: HomeDeliveryEligibility;
  trial_starts_on: string | null;
  trial_ends_on: string | null;
  phone: string | null;
  public_note: string | null;
  updated_at: number;
};

export type DeliveryZoneRow = {
  id: string;
  municipality_id: string;
  name: string;
  /** JSON: ScheduledDelivery[]. */
  route_days: string;
  is_active: boolean;
  created_at: number;
  updated_at: number;
};

export type DeliveryZonePlaceRow = {
  id: string;
  zone_id: string;
  municipality_id: string;
  postal_code: string;
  village: string;
  is_large_locality: boolean;
};

/** A place with its zone, as an address is matched against the municipality's list. */
export type PlaceInZoneRow = DeliveryZonePlaceRow & {
  zone_name: string;
  route_days: string;
  zone_is_active: boolean;
};

const readSettings = readBooleans<HomeDeliverySettingsRow>('is_enabled');
const readZone = readBooleans<DeliveryZoneRow>('is_active');
const readPlace = readBooleans<PlaceInZoneRow>('is_large_locality', 'zone_is_active');

export function routeDaysOf(row: Pick<DeliveryZoneRow, 'route_days'>): ScheduledDelivery[] {
  return JSON.parse(row.route_days) as ScheduledDelivery[];
}

/** The municipality's settings and its zones with their places (decision 0020). */
export function createDeliveryZonesRepository(knex: Knex) {
  return {
    async findSettings(
      municipalityId: string,
      db: Queryable = knex,
    ): Promise<HomeDeliverySettingsRow | undefined> {
      const row = (await db('home_delivery_settings')
        .where({ municipality_id: municipalityId })
        .first()) as HomeDeliverySettingsRow | undefined;
      return row && readSettings(row);
    },

    async saveSettings(row: HomeDeliverySettingsRow, db: Queryable = knex): Promise<void> {
      await db('home_delivery_settings').insert(row).onConflict('municipality_id').merge();
    },

    async enabledMunicipalityIds(db: Queryable = knex): Promise<string[]> {
      const rows = await db('home_delivery_settings')
        .where('is_enabled', true)
        .select<{ municipality_id: string }[]>('municipality_id');
      return rows.map((row) => row.municipality_id);
    },

    async listZones(municipalityId: string, db: Queryable = knex): Promise<DeliveryZoneRow[]> {
      const rows = (await db('delivery_zones')
        .where({ municipality_id: municipalityId })
        .orderBy('name')) as DeliveryZoneRow[];
      return rows.map(readZone);
    },

    async findZone(zoneId: string, db: Queryable = knex): Promise<DeliveryZoneRow | undefined> {
      const row = (await db('delivery_zones').where({ id: zoneId }).first()) as
        DeliveryZoneRow | undefined;
      return row && readZone(row);
    },

    async findZones(zoneIds: readonly string[], db: Queryable = knex): Promise<DeliveryZoneRow[]> {
      if (zoneIds.length === 0) return [];
      const rows = (await db('delivery_zones').whereIn('id', zoneIds)) as DeliveryZoneRow[];
      return rows.map(readZone);
    },

    async insertZone(row: DeliveryZoneRow, db: Queryable = knex): Promise<void> {
      await db('delivery_zones').insert(row);
    },

    async updateZone(
      zoneId: string,
      changes: Pick<DeliveryZoneRow, 'name' | 'route_days' | 'is_active' | 'updated_at'>,
      db: Queryable = knex,
    ): Promise<void> {
      await db('delivery_zones').where({ id: zoneId }).update(changes);
    },

    async deleteZone(zoneId: string, db: Queryable = knex): Promise<void> {
      // Explicitly, not by cascade: SQLite only cascades with its foreign keys switched on.
      await db('delivery_zone_places').where({ zone_id: zoneId }).delete();
      await db('carrier_zones').where({ zone_id: zoneId }).delete();
      await db('shop_delivery_zones').where({ zone_id: zoneId }).delete();
      await db('delivery_zones').where({ id: zoneId }).delete();
    },

    async replacePlaces(
      zoneId: string,
      places: DeliveryZonePlaceRow[],
      db: Queryable = knex,
    ): Promise<void> {
      await db('delivery_zone_places').where({ zone_id: zoneId }).delete();
      if (places.length > 0) await db('delivery_zone_places').insert(places);
    },

    async listPlaces(
      municipalityId: string,
      db: Queryable = knex,
    ): Promise<DeliveryZonePlaceRow[]> {
      const rows = (await db('delivery_zone_places')
        .where({ municipality_id: municipalityId })
        .orderBy(['postal_code', 'village'])) as DeliveryZonePlaceRow[];
      return rows.map(readBooleans<DeliveryZonePlaceRow>('is_large_locality'));
    },

    /** Whether the municipality keeps any list of places at all. */
    async hasPlaces(municipalityId: string, db: Queryable = knex): Promise<boolean> {
      return Boolean(
        await db('delivery_zone_places').where({ municipality_id: municipalityId }).first('id'),
      );
    },

    /** The places with this postal code, each with its zone (in the municipality, or any). */
    async placesByPostalCode(
      postalCode: string,
      filter: { municipalityId?: string; zoneIds?: readonly string[] },
      db: Queryable = knex,
    ): Promise<PlaceInZoneRow[]> {
      const query = db('delivery_zone_places as p')
        .join('delivery_zones as z', 'z.id', 'p.zone_id')
        .where('p.postal_code', postalCode)
        .select<PlaceInZoneRow[]>(
          'p.*',
          'z.name as zone_name',
          'z.route_days',
          'z.is_active as zone_is_active',
        )
        .orderBy('p.village');
      if (filter.municipalityId) query.where('p.municipality_id', filter.municipalityId);
      if (filter.zoneIds) query.whereIn('p.zone_id', filter.zoneIds);
      return (await query).map(readPlace);
    },
  };
}

export type DeliveryZonesRepository = ReturnType<typeof createDeliveryZonesRepository>;
