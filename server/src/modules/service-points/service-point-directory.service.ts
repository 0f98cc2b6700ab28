import type { ResourceScope } from '@e-galleria/shared/authorization';
import type { Queryable } from '../../db/database.ts';
import type {
  ServicePointWithRefsRow,
  ServicePointsRepository,
} from './service-points.repository.ts';

/** A service point as other modules see it: its row with its municipality and host shop. */
export type ServicePointRecord = ServicePointWithRefsRow;

/** A point's scope chain: the region, its municipality, the point. */
export function servicePointScope(row: ServicePointRecord): ResourceScope {
  return { region: row.region_id, municipality: row.municipality_id, service_point: row.id };
}

/**
 * What other modules may ask of service points (docs/decisions/0019): the counter finds its
 * point, fulfilment the points a shop may deliver to. Needs only the repository, so every
 * module can have it whatever the service points service itself depends on.
 */
export function createServicePointDirectory(deps: { servicePoints: ServicePointsRepository }) {
  const { servicePoints } = deps;
  return {
    find: (id: string, db?: Queryable): Promise<ServicePointRecord | undefined> =>
      servicePoints.findById(id, db),

    /** The active points of these municipalities, each municipality's by name. */
    async listActive(municipalityIds: readonly string[]): Promise<ServicePointRecord[]> {
      const perMunicipality = await Promise.all(
        municipalityIds.map((municipalityId) =>
          servicePoints.listForMunicipality(municipalityId, { activeOnly: true }),
        ),
      );
      return perMunicipality.flat();
    },
  };
}

export type ServicePointDirectory = ReturnType<typeof createServicePointDirectory>;
