import type { Database } from '../../db/database.ts';
import type { ToDoSource } from '../to-do/to-do.port.ts';
import { createHouseholdsRepository } from './households.repository.ts';

/**
 * The households module's door for a municipality's to-do list: how many households have
 * applied for subsidised home delivery and wait for its decision. A count, no household.
 */
export function createHouseholdToDo(deps: { database: Database }): ToDoSource {
  const households = createHouseholdsRepository(deps.database.reader);
  return {
    async waitingFor(municipalityId) {
      return { household_applications: await households.countApplied(municipalityId) };
    },
  };
}
