import type { Database } from '../../db/database.ts';
import { createUsersRepository } from './users.repository.ts';
import { createUsersService } from './users.service.ts';

/** People and their roles, reached by other modules through `service`. */
export function createUsersModule(deps: { database: Database }) {
  return { service: createUsersService({ users: createUsersRepository(deps.database.knex) }) };
}
