import type { Knex } from 'knex';

/** The postal code each household has now: null once it is erased (decision 0021). */
export function createHouseholdPlacesRepository(knex: Knex) {
  return {
    async postalCodes(
      municipalityId: string,
      householdIds: readonly string[],
    ): Promise<{ id: string; postal_code: string | null }[]> {
      const rows: { id: string; postal_code: string | null }[] = [];
      // In slices: SQLite binds at most 32,766 values, PostgreSQL 65,535.
      for (let start = 0; start < householdIds.length; start += 5000)
        rows.push(
          ...(await knex('households')
            .where('municipality_id', municipalityId)
            .whereIn('id', householdIds.slice(start, start + 5000))
            .select<{ id: string; postal_code: string | null }[]>('id', 'postal_code')),
        );
      return rows;
    },
  };
}
