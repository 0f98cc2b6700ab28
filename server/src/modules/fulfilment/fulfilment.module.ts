import type { Database } from '../../db/database.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { ServicePointDirectory } from '../service-points/service-point-directory.service.ts';
import type { ShopDirectory } from '../shops/shop-directory.service.ts';
import { createFulfilmentRepository } from './fulfilment.repository.ts';
import { createFulfilmentRouter } from './fulfilment.router.ts';
import { createFulfilmentService } from './fulfilment.service.ts';

/** How a shop's goods reach residents: its settings, its routes to service points, the options. */
export function createFulfilmentModule(deps: {
  database: Database;
  shops: ShopDirectory;
  servicePoints: ServicePointDirectory;
  audit: AuditService;
  now: () => number;
}) {
  const { database } = deps;
  const service = createFulfilmentService({
    transaction: database.transaction,
    fulfilment: createFulfilmentRepository(database.knex),
    shops: deps.shops,
    servicePoints: deps.servicePoints,
    reads: { fulfilment: createFulfilmentRepository(database.reader) },
    audit: deps.audit,
    now: deps.now,
  });
  return { service, router: createFulfilmentRouter({ fulfilment: service }) };
}
