import type { Database } from '../../db/database.ts';
import type { ImagesService } from '../images/images.service.ts';
import { createMunicipalitiesRepository } from './municipalities.repository.ts';
import { createMunicipalitiesRouter } from './municipalities.router.ts';
import { createMunicipalitiesService } from './municipalities.service.ts';

/** The region's municipalities (the tenants): their settings, front pages and logos. */
export function createMunicipalitiesModule(deps: {
  database: Database;
  images: ImagesService;
  now: () => number;
}) {
  const service = createMunicipalitiesService({
    municipalities: createMunicipalitiesRepository(deps.database.knex),
    images: deps.images,
    now: deps.now,
  });
  return { service, router: createMunicipalitiesRouter({ municipalities: service }) };
}
