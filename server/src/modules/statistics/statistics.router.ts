import { Router } from 'express';
import { statisticsQuerySchema } from '@e-galleria/shared/statistics';
import { parseInput } from '../../http/validate.ts';
import { municipalityStatisticsCsv, regionStatisticsCsv } from './statistics-csv.ts';
import type { StatisticsService } from './statistics.service.ts';

/** Statistics as JSON for the pages and as CSV (decision 0038). */
export function createStatisticsRouter(deps: { statistics: StatisticsService }) {
  const { statistics } = deps;
  const router = Router();

  router.get('/admin/municipalities/:slug/statistics', async (request, response) => {
    const query = parseInput(statisticsQuerySchema, request.query);
    response.json(await statistics.municipality(request.actor, request.params.slug, query));
  });

  router.get('/admin/municipalities/:slug/statistics.csv', async (request, response) => {
    const query = parseInput(statisticsQuerySchema, request.query);
    const figures = await statistics.municipality(request.actor, request.params.slug, query);
    response
      .type('text/csv; charset=utf-8')
      .attachment(`statistik-${request.params.slug}-${query.from}-${query.to}.csv`)
      .send(municipalityStatisticsCsv(figures));
  });

  router.get('/admin/region/statistics', async (request, response) => {
    const query = parseInput(statisticsQuerySchema, request.query);
    response.json(await statistics.region(request.actor, query));
  });

  router.get('/admin/region/statistics.csv', async (request, response) => {
    const query = parseInput(statisticsQuerySchema, request.query);
    const figures = await statistics.region(request.actor, query);
    response
      .type('text/csv; charset=utf-8')
      .attachment(`statistik-regionen-${query.from}-${query.to}.csv`)
      .send(regionStatisticsCsv(figures));
  });

  router.get('/shops/:shopId/statistics', async (request, response) => {
    const query = parseInput(statisticsQuerySchema, request.query);
    response.json(await statistics.shop(request.actor, request.params.shopId, query));
  });

  return router;
}
