import type { Knex } from 'knex';
import type { AuditService } from '../audit/audit.service.ts';
import { createServicePointsRepository } from '../service-points/service-points.repository.ts';
import { createShopsRepository, type ShopsRepository } from '../shops/shops.repository.ts';
import { createFulfilmentRepository } from './fulfilment.repository.ts';
import { createFulfilmentRouter } from './fulfilment.router.ts';
import { createFulfilmentService } from './fulfilment.service.ts';

/** Wires fulfilment's repository → service → router, so app.ts needs one line. */
export function createFulfilmentModule(deps: {
  knex: Knex;
  /** Database.reader: where the public options are read. */
  reader: Knex;
  shops: ShopsRepository;
  audit: AuditService;
  now: () => number;
}) {
  const { reader, ...rest } = deps;
  const service = createFulfilmentService({
    ...rest,
    fulfilment: createFulfilmentRepository(deps.knex),
    servicePoints: createServicePointsRepository(deps.knex),
    reads: {
      fulfilment: createFulfilmentRepository(reader),
      shops: createShopsRepository(reader),
    },
  });
  return { service, router: createFulfilmentRouter({ fulfilment: service }) };
}
