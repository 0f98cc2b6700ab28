import type { Knex } from 'knex';
import { readPartOf } from '../../db/read-parts.ts';
import type { ServicePointKind, ServicePointStatus } from '@e-galleria/shared/service-points';
import { readBooleans } from '../../db/booleans.ts';

export type FulfilmentSettingsRow = {
  shop_id: string;
  pickup_in_shop_enabled: boolean;
  preparation_minutes: number;
  updated_at: number;
};

export type PickupScheduleRow = {
  shop_id: string;
  service_point_id: string;
  is_active: boolean;
  /** JSON text: ScheduledDelivery[]. */
  deliveries: string;
  created_at: number;
  updated_at: number;
};

/** A schedule with what its service point shows and what the date rule needs. */
export type ScheduleWithPointRow = PickupScheduleRow & {
  point_slug: string;
  point_name: string;
  point_kind: ServicePointKind;
  point_village: string;
  point_status: ServicePointStatus;
  /** JSON text: OpeningHours. */
  point_opening_hours: string;
  /** JSON text: amenity codes. */
  point_amenities: string;
  point_municipality_id: string;
  municipality_slug: string;
  municipality_name: string;
};

const settingsOf = readBooleans<FulfilmentSettingsRow>('pickup_in_shop_enabled');
const scheduleOf = readBooleans<ScheduleWithPointRow>('is_active');

/** A shop as checkout plans its pickup: whether it sells, its hours, its settings if saved. */
export type ShopPickupRow = {
  shop_id: string;
  status: string;
  /** JSON text: OpeningHours. */
  opening_hours: string;
  pickup_in_shop_enabled: boolean | null;
  preparation_minutes: number | null;
};

const shopPickupOf = readBooleans<ShopPickupRow>('pickup_in_shop_enabled');

function shopsWithSettingsQuery(shopIds: readonly string[], db: Knex) {
  return db('shops as s')
    .leftJoin('shop_fulfilment_settings as f', 'f.shop_id', 's.id')
    .whereIn('s.id', [...shopIds])
    .select<ShopPickupRow[]>(
      's.id as shop_id',
      's.status',
      's.opening_hours',
      'f.pickup_in_shop_enabled',
      'f.preparation_minutes',
    );
}

export function createFulfilmentRepository(knex: Knex) {
  return {
    /**
     * Shops with their pickup settings (null when never saved), in one statement whatever
     * their number: a checkout's shops are read at once (decision 0052).
     */
    async shopsWithSettings(shopIds: readonly string[], db: Knex = knex) {
      const rows = await shopsWithSettingsQuery(shopIds, db);
      return rows.map(shopPickupOf);
    },

    /** The same, built to be read with other modules' reads (`readTogether`, decision 0055). */
    shopsWithSettingsRead: (shopIds: readonly string[], db: Knex = knex) =>
      readPartOf<ShopPickupRow>(shopsWithSettingsQuery(shopIds, db), (row) =>
        shopPickupOf(row as ShopPickupRow),
      ),

    async findSettings(shopId: string, db: Knex = knex) {
      const row = await db('shop_fulfilment_settings')
        .where({ shop_id: shopId })
        .first<FulfilmentSettingsRow | undefined>();
      return row && settingsOf(row);
    },

    async saveSettings(row: FulfilmentSettingsRow, db: Knex) {
      await db('shop_fulfilment_settings')
        .insert(row)
        .onConflict('shop_id')
        .merge(['pickup_in_shop_enabled', 'preparation_minutes', 'updated_at']);
    },

    /** A shop's schedules by service point name; `servedOnly` keeps active ones at open points. */
    async listSchedules(shopId: string, options: { servedOnly: boolean }, db: Knex = knex) {
      const query = db('pickup_schedules as ps')
        .join('service_points as sp', 'sp.id', 'ps.service_point_id')
        .join('municipalities as m', 'm.id', 'sp.municipality_id')
        .where('ps.shop_id', shopId)
        .orderBy('sp.name')
        .orderBy('sp.id')
        .select<ScheduleWithPointRow[]>(
          'ps.*',
          'sp.slug as point_slug',
          'sp.name as point_name',
          'sp.kind as point_kind',
          'sp.village as point_village',
          'sp.status as point_status',
          'sp.opening_hours as point_opening_hours',
          'sp.amenities as point_amenities',
          'sp.municipality_id as point_municipality_id',
          'm.slug as municipality_slug',
          'm.name as municipality_name',
        );
      if (options.servedOnly)
        void query.andWhere('ps.is_active', true).andWhere('sp.status', 'active');
      return (await query).map(scheduleOf);
    },

    /** Replaces the shop's schedules with these (same created_at for points kept). */
    async replaceSchedules(shopId: string, rows: PickupScheduleRow[], db: Knex) {
      const kept = rows.map((row) => row.service_point_id);
      await db('pickup_schedules')
        .where({ shop_id: shopId })
        .whereNotIn('service_point_id', kept.length > 0 ? kept : [''])
        .delete();
      if (rows.length === 0) return;
      await db('pickup_schedules')
        .insert(rows)
        .onConflict(['shop_id', 'service_point_id'])
        .merge(['is_active', 'deliveries', 'updated_at']);
    },
  };
}

export type FulfilmentRepository = ReturnType<typeof createFulfilmentRepository>;
