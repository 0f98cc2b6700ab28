import type { Knex } from 'knex';

export function createPlatformFeesRepository(knex: Knex) {
  return {
    async feeOf(municipalityId: string, db: Knex = knex): Promise<number> {
      const row = await db('municipalities')
        .where({ id: municipalityId })
        .first<{ platform_fee_basis_points: number } | undefined>('platform_fee_basis_points');
      return row?.platform_fee_basis_points ?? 0;
    },

    async setFee(municipalityId: string, feeBasisPoints: number, now: number) {
      await knex('municipalities')
        .where({ id: municipalityId })
        .update({ platform_fee_basis_points: feeBasisPoints, updated_at: now });
    },
  };
}

export type PlatformFeesRepository = ReturnType<typeof createPlatformFeesRepository>;
