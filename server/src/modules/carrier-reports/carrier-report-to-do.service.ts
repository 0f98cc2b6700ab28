import type { Database } from '../../db/database.ts';
import type { ToDoSource } from '../to-do/to-do.port.ts';
import { createCarrierReportsRepository } from './carrier-reports.repository.ts';

/** The carrier reports' door for a municipality's to-do list: reports waiting for a decision. */
export function createCarrierReportToDo(deps: { database: Database }): ToDoSource {
  const reports = createCarrierReportsRepository(deps.database.reader);
  return {
    async waitingFor(municipalityId) {
      return { carrier_reports: await reports.countSubmitted(municipalityId) };
    },
  };
}
