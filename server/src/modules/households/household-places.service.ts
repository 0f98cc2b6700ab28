import type { Database } from '../../db/database.ts';
import { createHouseholdPlacesRepository } from './household-places.repository.ts';

/**
 * The households module's door for the yearly subsidy claim (decision 0043): which postal code
 * a household has, so the claim finds its place in the municipality's list (the village comes
 * from the delivery, as the report has it). No name, street or phone leaves here.
 */
export function createHouseholdPlacesService(deps: { database: Database }) {
  const households = createHouseholdPlacesRepository(deps.database.reader);
  return {
    /** Postal code by household id; an erased household's is null, another municipality's absent. */
    async postalCodesOf(
      municipalityId: string,
      householdIds: readonly string[],
    ): Promise<Map<string, string | null>> {
      const rows = await households.postalCodes(municipalityId, householdIds);
      return new Map(rows.map((row) => [row.id, row.postal_code]));
    },
  };
}

export type HouseholdPlacesService = ReturnType<typeof createHouseholdPlacesService>;
