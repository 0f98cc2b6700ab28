import type { Database } from '../../db/database.ts';
import type { ToDoSource } from '../to-do/to-do.port.ts';
import { createShopsRepository } from './shops.repository.ts';

/**
 * The shops module's door for a municipality's to-do list: its own shops waiting for review,
 * and other municipalities' shops asking to be shown in its galleria.
 */
export function createShopToDo(deps: { database: Database }): ToDoSource {
  const shops = createShopsRepository(deps.database.reader);
  return {
    async waitingFor(municipalityId) {
      const [applications, listings] = await Promise.all([
        shops.countSubmitted(municipalityId),
        shops.countListingRequests(municipalityId),
      ]);
      return { shop_applications: applications, listing_requests: listings };
    },
  };
}
