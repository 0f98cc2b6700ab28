import type { Logger } from 'pino';
import os from 'node:os';
import { Router } from 'express';
import type { Database } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import type { PublicReadCache } from '../../http/public-read-cache.ts';
import { createJobLimiter } from '../../integrations/job-limiter.ts';
import type { ImagesService } from '../images/images.service.ts';
import type { MunicipalitiesService } from '../municipalities/municipalities.service.ts';
import type { ShopDirectory } from '../shops/shop-directory.service.ts';
import type { TakenSeats } from './catalogue.port.ts';
import { createCatalogueRouter } from './catalogue.router.ts';
import { fairReadLimits } from './fair-read-limits.ts';
import { createImportsRepository } from './imports.repository.ts';
import { createImportsRouter } from './imports.router.ts';
import { createImportsService } from './imports.service.ts';
import { createListingRepository } from './listing.repository.ts';
import { createListingService } from './listing.service.ts';
import { createProductImagesRepository } from './product-images.repository.ts';
import { createProductImagesService } from './product-images.service.ts';
import { createProductWrites } from './product-writes.ts';
import { createProductsRepository } from './products.repository.ts';
import { createProductsService } from './products.service.ts';
import { createStockRepository } from './stock.repository.ts';
import { createStockService } from './stock.service.ts';
import { createVariantsService } from './variants.service.ts';
import { createVatRatesService } from './vat-rates.service.ts';
import { createVocabularySweep } from './vocabulary-sweep.ts';

/**
 * The catalogue: goods and services, their photos, search and listings, CSV imports, stock
 * and VAT rates. Other modules reach it through `products`, `stock` and `vatRates`.
 */
export function createCatalogueModule(deps: {
  database: Database;
  shops: ShopDirectory;
  municipalities: MunicipalitiesService;
  images: ImagesService;
  publicReads: PublicReadCache;
  takenSeats: TakenSeats;
  now: () => number;
  /** Where a failed import's real cause is written; the shop sees only `internal_error`. */
  logger: Pick<Logger, 'error'>;
}) {
  const { knex, dialect, reader, transaction } = deps.database;
  const products = createProductsRepository(knex);
  const writes = createProductWrites({
    transaction,
    products,
    shops: deps.shops,
    images: deps.images,
    now: deps.now,
  });
  const productsService = createProductsService({ products, writes, now: deps.now });
  const variants = createVariantsService({ products, writes, now: deps.now });
  const productImages = createProductImagesService({
    transaction,
    links: createProductImagesRepository(knex),
    productsService,
    images: deps.images,
    now: deps.now,
  });
  const listing = createListingService({
    // Residents' reads run on the reader connections, beside the writer.
    listing: createListingRepository(reader, dialect),
    shopListing: createListingRepository(knex, dialect),
    products,
    productsService,
    shops: deps.shops,
    municipalities: deps.municipalities,
    images: deps.images,
    takenSeats: deps.takenSeats,
    now: deps.now,
  });
  const imports = createImportsService({
    transaction,
    imports: createImportsRepository(knex),
    products,
    productsService,
    shops: deps.shops,
    now: deps.now,
    logError: (error, job) => deps.logger.error({ err: error, ...job }, 'catalogue import failed'),
  });
  const router = Router();
  router.use(
    createCatalogueRouter({
      listing,
      products: productsService,
      variants,
      productImages,
      publicReads: deps.publicReads,
      fairReads: createJobLimiter({
        // Few reads at a time: a municipality whose turn comes is not slowed by many others'
        // reads sharing the cores with it.
        ...fairReadLimits(dialect, os.availableParallelism()),
        maxQueued: 1000,
        maxQueuedPerKey: 200,
        onFull: () =>
          new AppError('rate_limited', 'The catalogue is busy; try again shortly.', {
            retryAfterSeconds: 1,
          }),
      }),
      now: deps.now,
    }),
  );
  router.use(createImportsRouter({ imports, products: productsService }));
  return {
    products: productsService,
    stock: createStockService({ stock: createStockRepository() }),
    vatRates: createVatRatesService({ products }),
    listing,
    imports,
    /** The nightly sweep of the search's vocabulary (decision 0061). */
    vocabulary: createVocabularySweep({ transaction, products }),
    router,
  };
}

export type CatalogueModule = ReturnType<typeof createCatalogueModule>;
