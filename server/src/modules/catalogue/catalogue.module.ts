import type { Database } from '../../db/database.ts';
import type { PublicReadCache } from '../../http/public-read-cache.ts';
import type { ImagesService } from '../images/images.service.ts';
import type { MunicipalitiesService } from '../municipalities/municipalities.service.ts';
import { Router } from 'express';
import { createCatalogueRouter } from './catalogue.router.ts';
import { createImportsRepository } from './imports.repository.ts';
import { createImportsRouter } from './imports.router.ts';
import { createImportsService } from './imports.service.ts';
import { createListingRepository } from './listing.repository.ts';
import { createListingService } from './listing.service.ts';
import { createProductImagesService } from './product-images.service.ts';
import { createProductWrites } from './product-writes.ts';
import { createProductsRepository } from './products.repository.ts';
import { createProductsService } from './products.service.ts';
import { createVariantsService } from './variants.service.ts';

/** Wires the catalogue's repositories → services → router, so app.ts needs one line. */
export function createCatalogueModule(deps: {
  database: Database;
  municipalities: MunicipalitiesService;
  images: ImagesService;
  publicReads: PublicReadCache;
  now: () => number;
}) {
  const { knex, dialect, reader } = deps.database;
  const products = createProductsRepository(knex);
  const writes = createProductWrites({ knex, products, images: deps.images, now: deps.now });
  const productsService = createProductsService({ knex, products, writes, now: deps.now });
  const variants = createVariantsService({ products, writes, now: deps.now });
  const productImages = createProductImagesService({
    knex,
    productsService,
    images: deps.images,
    now: deps.now,
  });
  const listing = createListingService({
    knex,
    // Residents' reads run on the reader connections, beside the writer.
    listing: createListingRepository(reader, dialect),
    products,
    productsService,
    municipalities: deps.municipalities,
    images: deps.images,
    now: deps.now,
  });
  const imports = createImportsService({
    knex,
    imports: createImportsRepository(knex),
    products,
    productsService,
    now: deps.now,
  });
  const router = Router();
  router.use(
    createCatalogueRouter({
      listing,
      products: productsService,
      variants,
      productImages,
      publicReads: deps.publicReads,
      now: deps.now,
    }),
  );
  router.use(createImportsRouter({ imports, products: productsService }));
  return { products: productsService, listing, imports, router };
}
