import type { Knex } from 'knex';
import { readBooleans } from '../../db/booleans.ts';
import type { Queryable } from '../../db/database.ts';

export type CarrierRow = {
  id: string;
  municipality_id: string;
  slug: string;
  name: string;
  org_number: string;
  contact_name: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  is_active: boolean;
  created_at: number;
  updated_at: number;
};

export type CarrierZoneRow = {
  carrier_id: string;
  zone_id: string;
  /** JSON: ISO weekdays. */
  weekdays: string;
};

const readCarrier = readBooleans<CarrierRow>('is_active');

export function weekdaysOf(row: Pick<CarrierZoneRow, 'weekdays'>): number[] {
  return JSON.parse(row.weekdays) as number[];
}

/** The municipality's carriers as companies and the zones and weekdays each drives. */
export function createCarriersRepository(knex: Knex) {
  return {
    async list(municipalityId: string, db: Queryable = knex): Promise<CarrierRow[]> {
      const rows = (await db('carriers')
        .where({ municipality_id: municipalityId })
        .orderBy('name')) as CarrierRow[];
      return rows.map(readCarrier);
    },

    async findById(carrierId: string, db: Queryable = knex): Promise<CarrierRow | undefined> {
      const row = (await db('carriers').where({ id: carrierId }).first()) as CarrierRow | undefined;
      return row && readCarrier(row);
    },

    async findBySlug(slug: string, db: Queryable = knex): Promise<CarrierRow | undefined> {
      const row = (await db('carriers').where({ slug }).first()) as CarrierRow | undefined;
      return row && readCarrier(row);
    },

    async findMany(carrierIds: readonly string[], db: Queryable = knex): Promise<CarrierRow[]> {
      if (carrierIds.length === 0) return [];
      const rows = (await db('carriers').whereIn('id', carrierIds)) as CarrierRow[];
      return rows.map(readCarrier);
    },

    async slugTaken(slug: string, db: Queryable = knex): Promise<boolean> {
      return Boolean(await db('carriers').where({ slug }).first('id'));
    },

    async insert(row: CarrierRow, db: Queryable = knex): Promise<void> {
      await db('carriers').insert(row);
    },

    async update(
      carrierId: string,
      changes: Omit<CarrierRow, 'id' | 'municipality_id' | 'slug' | 'created_at'>,
      db: Queryable = knex,
    ): Promise<void> {
      await db('carriers').where({ id: carrierId }).update(changes);
    },

    async delete(carrierId: string, db: Queryable = knex): Promise<void> {
      await db('carrier_zones').where({ carrier_id: carrierId }).delete();
      await db('shop_carriers').where({ carrier_id: carrierId }).delete();
      await db('carriers').where({ id: carrierId }).delete();
    },

    async zonesOf(carrierIds: readonly string[], db: Queryable = knex): Promise<CarrierZoneRow[]> {
      if (carrierIds.length === 0) return [];
      return (await db('carrier_zones').whereIn('carrier_id', carrierIds)) as CarrierZoneRow[];
    },

    async findZone(
      carrierId: string,
      zoneId: string,
      db: Queryable = knex,
    ): Promise<CarrierZoneRow | undefined> {
      return (await db('carrier_zones')
        .where({ carrier_id: carrierId, zone_id: zoneId })
        .first()) as CarrierZoneRow | undefined;
    },

    async replaceZones(
      carrierId: string,
      zones: CarrierZoneRow[],
      db: Queryable = knex,
    ): Promise<void> {
      await db('carrier_zones').where({ carrier_id: carrierId }).delete();
      if (zones.length > 0) await db('carrier_zones').insert(zones);
    },
  };
}

export type CarriersRepository = ReturnType<typeof createCarriersRepository>;
