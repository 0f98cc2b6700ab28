import type { Database } from '../../db/database.ts';
import type { SessionCookie } from '../../http/session-cookie.ts';
import type { ProductsService } from '../catalogue/products.service.ts';
import type { ImagesService } from '../images/images.service.ts';
import type { OrderBookings } from './basket.port.ts';
import { createBasketRepository } from './basket.repository.ts';
import { createBasketRouter } from './basket.router.ts';
import { createBasketService } from './basket.service.ts';

/** One basket across shops, for residents and guests (DESIGN §9). */
export function createBasketModule(deps: {
  database: Database;
  products: ProductsService;
  orders: OrderBookings;
  images: ImagesService;
  /** Whether every one of these shops can be paid by card (null: card payment is off). */
  cardPaymentFor: ((shopIds: readonly string[]) => Promise<boolean>) | null;
  guestCookie: SessionCookie;
  now: () => number;
}) {
  const service = createBasketService({
    transaction: deps.database.transaction,
    // The basket's reads run on the reader connections, beside the writer.
    baskets: createBasketRepository(deps.database.knex, deps.database.reader),
    products: deps.products,
    orders: deps.orders,
    images: deps.images,
    cardPaymentFor: deps.cardPaymentFor,
    now: deps.now,
  });
  return {
    service,
    router: createBasketRouter({ baskets: service, guestCookie: deps.guestCookie }),
  };
}
