import type { Database } from '../../db/database.ts';
import type { RateLimitFactory } from '../../db/rate-limiter.ts';
import type { ProductsService } from '../catalogue/products.service.ts';
import type { MailService } from '../mail/mail.service.ts';
import type { ShopDirectory } from '../shops/shop-directory.service.ts';
import { createServiceRequestsRepository } from './service-requests.repository.ts';
import { createServiceRequestsService } from './service-requests.service.ts';
import { createServiceRequestsRouter } from './service-requests.router.ts';

/**
 * Service requests (förfrågningar, decision 0071): a service done at the resident's home on
 * request is asked for here, not ordered. It reads the product through the catalogue and the
 * shop through its directory, and writes its mails through the outbox.
 */
export function createServiceRequestsModule(deps: {
  database: Database;
  products: Pick<ProductsService, 'forServiceRequest'>;
  shops: ShopDirectory;
  mail: MailService;
  rateLimits: RateLimitFactory;
  publicUrl: string;
  now: () => number;
}) {
  const service = createServiceRequestsService({
    requests: createServiceRequestsRepository(deps.database.knex),
    transaction: deps.database.transaction,
    products: deps.products,
    shops: deps.shops,
    mail: deps.mail,
    rateLimits: deps.rateLimits,
    publicUrl: deps.publicUrl,
    now: deps.now,
  });
  return { service, router: createServiceRequestsRouter({ requests: service }) };
}

export type ServiceRequestsModule = ReturnType<typeof createServiceRequestsModule>;
