import type { Knex } from 'knex';
import type { ServicePointKind, ServicePointStatus } from '@e-galleria/shared/service-points';
import { lockSlugChoice } from '../../db/slug-lock.ts';

export type ServicePointRow = {
  id: string;
  municipality_id: string;
  slug: string;
  name: string;
  kind: ServicePointKind;
  host_shop_id: string | null;
  host_name: string | null;
  street_address: string;
  postal_code: string;
  village: string;
  latitude: number | null;
  longitude: number | null;
  /** JSON text, the shape of shared OpeningHours. */
  opening_hours: string;
  /** JSON text, an array of amenity codes. */
  amenities: string;
  hold_days: number;
  status: ServicePointStatus;
  created_at: number;
  updated_at: number;
};

/** A point with its municipality and host shop, joined in the same query. */
export type ServicePointWithRefsRow = ServicePointRow & {
  municipality_slug: string;
  municipality_name: string;
  region_id: string;
  host_shop_slug: string | null;
  host_shop_name: string | null;
  host_shop_status: string | null;
  host_shop_municipality_slug: string | null;
};

export type ServicePointChanges = Partial<
  Omit<ServicePointRow, 'id' | 'municipality_id' | 'slug' | 'created_at'>
>;

/**
 * PostgreSQL returns DECIMAL as a string (to keep its precision); SQLite returns a number.
 * Both become numbers here so nothing above the repository sees the difference.
 */
function normalise<Row extends ServicePointRow>(row: Row): Row {
  const raw = row as Omit<Row, 'latitude' | 'longitude'> & {
    latitude: number | string | null;
    longitude: number | string | null;
  };
  return {
    ...row,
    latitude: raw.latitude === null ? null : Number(raw.latitude),
    longitude: raw.longitude === null ? null : Number(raw.longitude),
  };
}

function withRefs(db: Knex) {
  return db('service_points as sp')
    .join('municipalities as m', 'm.id', 'sp.municipality_id')
    .leftJoin('shops as hs', 'hs.id', 'sp.host_shop_id')
    .leftJoin('municipalities as hm', 'hm.id', 'hs.municipality_id')
    .select<ServicePointWithRefsRow[]>(
      'sp.*',
      'm.slug as municipality_slug',
      'm.name as municipality_name',
      'm.region_id as region_id',
      'hs.slug as host_shop_slug',
      'hs.name as host_shop_name',
      'hs.status as host_shop_status',
      'hm.slug as host_shop_municipality_slug',
    );
}

export function createServicePointsRepository(knex: Knex) {
  return {
    async insert(row: ServicePointRow, db: Knex = knex) {
      await db('service_points').insert(row);
    },

    async findById(id: string, db: Knex = knex): Promise<ServicePointWithRefsRow | undefined> {
      const row = await withRefs(db).where('sp.id', id).first();
      return row && normalise(row);
    },

    async findBySlug(slug: string, db: Knex = knex): Promise<ServicePointWithRefsRow | undefined> {
      const row = await withRefs(db).where('sp.slug', slug).first();
      return row && normalise(row);
    },

    /**
     * Slugs that start like a candidate, to pick the first free `name`, `name-2`, … In a
     * transaction, no other creation picks a slug here until it ends (lockSlugChoice).
     */
    async slugsLike(base: string, db: Knex = knex) {
      await lockSlugChoice(db, 'service_points');
      return (await db('service_points')
        .where('slug', base)
        .orWhere('slug', 'like', `${base}-%`)
        .pluck('slug')) as string[];
    },

    async update(id: string, changes: ServicePointChanges, db: Knex = knex) {
      await db('service_points').where({ id }).update(changes);
    },

    /** A municipality's points by name; `activeOnly` for what residents may see. */
    async listForMunicipality(
      municipalityId: string,
      options: { activeOnly: boolean; status?: ServicePointStatus | undefined },
      db: Knex = knex,
    ): Promise<ServicePointWithRefsRow[]> {
      const query = withRefs(db).where('sp.municipality_id', municipalityId);
      const status = options.activeOnly ? 'active' : options.status;
      if (status) void query.andWhere('sp.status', status);
      const rows = await query.orderBy('sp.name').orderBy('sp.id').limit(500);
      return rows.map(normalise);
    },
  };
}

export type ServicePointsRepository = ReturnType<typeof createServicePointsRepository>;
