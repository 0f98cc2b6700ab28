import type { Database } from '../../db/database.ts';
import { createDeliveryZonesRepository } from './delivery-zones.repository.ts';

export type LocalityPlace = { postalCode: string; village: string; isLargeLocality: boolean };

/**
 * Home delivery's door for the yearly subsidy claim (decision 0043): the municipality's list
 * of places, each marked when it lies in a locality of more than 3,000 inhabitants (no subsidy
 * there, DESIGN §6).
 */
export function createLocalityPlacesService(deps: { database: Database }) {
  const zones = createDeliveryZonesRepository(deps.database.reader);
  return {
    async placesOf(municipalityId: string): Promise<LocalityPlace[]> {
      const rows = await zones.listPlaces(municipalityId);
      return rows.map((row) => ({
        postalCode: row.postal_code,
        village: row.village,
        isLargeLocality: row.is_large_locality,
      }));
    },
  };
}

export type LocalityPlacesService = ReturnType<typeof createLocalityPlacesService>;
