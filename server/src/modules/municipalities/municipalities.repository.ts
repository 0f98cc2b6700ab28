import type { Knex } from 'knex';
import type { FrontPage, MunicipalityStatus } from '@e-galleria/shared/municipalities';
import { newId } from '../../db/ids.ts';

export type RegionRow = { id: string; slug: string; name: string; created_at: number };

export type MunicipalityRow = {
  id: string;
  region_id: string;
  slug: string;
  name: string;
  status: MunicipalityStatus;
  contact_email: string | null;
  contact_phone: string | null;
  primary_color: string;
  /** Logos uploaded before the image pipeline; new ones set logo_image_id. */
  logo_path: string | null;
  logo_image_id: string | null;
  front_page: string;
  created_at: number;
  updated_at: number;
};

export type MunicipalityChanges = Partial<{
  name: string;
  contact_email: string | null;
  contact_phone: string | null;
  primary_color: string;
  logo_path: string | null;
  logo_image_id: string | null;
  front_page: FrontPage;
}>;

export function createMunicipalitiesRepository(knex: Knex) {
  return {
    /** The installation's region: one installation serves one region (DESIGN §1). */
    findRegion: () =>
      knex<RegionRow>('regions').orderBy('created_at').first() as Promise<RegionRow | undefined>,

    async insertRegion(region: RegionRow): Promise<RegionRow> {
      await knex('regions').insert(region);
      return region;
    },

    listByRegion: (regionId: string) =>
      knex<MunicipalityRow>('municipalities').where({ region_id: regionId }).orderBy('name'),

    findBySlug: (slug: string) =>
      knex<MunicipalityRow>('municipalities').where({ slug }).first() as Promise<
        MunicipalityRow | undefined
      >,

    findById: (id: string) =>
      knex<MunicipalityRow>('municipalities').where({ id }).first() as Promise<
        MunicipalityRow | undefined
      >,

    async insert(
      municipality: {
        regionId: string;
        slug: string;
        name: string;
        status: MunicipalityStatus;
        frontPage: FrontPage;
        now: number;
      },
      db: Knex = knex,
    ): Promise<MunicipalityRow> {
      const row: MunicipalityRow = {
        id: newId(),
        region_id: municipality.regionId,
        slug: municipality.slug,
        name: municipality.name,
        status: municipality.status,
        contact_email: null,
        contact_phone: null,
        primary_color: '#1d4f91',
        logo_path: null,
        logo_image_id: null,
        front_page: JSON.stringify(municipality.frontPage),
        created_at: municipality.now,
        updated_at: municipality.now,
      };
      await db('municipalities').insert(row);
      return row;
    },

    async update(id: string, changes: MunicipalityChanges, now: number) {
      const { front_page: frontPage, ...columns } = changes;
      await knex('municipalities')
        .where({ id })
        .update({
          ...columns,
          ...(frontPage ? { front_page: JSON.stringify(frontPage) } : {}),
          updated_at: now,
        });
    },

    async platformFeeOf(id: string): Promise<number> {
      const row = await knex('municipalities')
        .where({ id })
        .first<{ platform_fee_basis_points: number } | undefined>('platform_fee_basis_points');
      return row?.platform_fee_basis_points ?? 0;
    },

    async setPlatformFee(id: string, feeBasisPoints: number, now: number): Promise<void> {
      await knex('municipalities')
        .where({ id })
        .update({ platform_fee_basis_points: feeBasisPoints, updated_at: now });
    },
  };
}

export type MunicipalitiesRepository = ReturnType<typeof createMunicipalitiesRepository>;
