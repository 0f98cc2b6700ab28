import type { Database } from '../../db/database.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { InvitationsService } from '../invitations/invitations.service.ts';
import type { MunicipalitiesService } from '../municipalities/municipalities.service.ts';
import type { ShopDirectory } from '../shops/shop-directory.service.ts';
import type { UsersService } from '../users/users.service.ts';
import { createServicePointDirectory } from './service-point-directory.service.ts';
import { createServicePointInvitationScope } from './service-point-invitation-scope.ts';
import { createServicePointsRepository } from './service-points.repository.ts';
import { createServicePointsRouter } from './service-points.router.ts';
import { createServicePointsService } from './service-points.service.ts';

/**
 * Service points: the storefront's list and map, the municipality's screens, operators'
 * invitations. Other modules reach points through `directory`.
 */
export function createServicePointsModule(deps: {
  database: Database;
  shops: ShopDirectory;
  users: UsersService;
  municipalities: MunicipalitiesService;
  invitations: InvitationsService;
  audit: AuditService;
  map: { tileUrl: string; attribution: string } | null;
  now: () => number;
}) {
  const servicePoints = createServicePointsRepository(deps.database.knex);
  deps.invitations.addScope(
    'service_point',
    createServicePointInvitationScope({ servicePoints, audit: deps.audit }),
  );
  const service = createServicePointsService({
    transaction: deps.database.transaction,
    servicePoints,
    shops: deps.shops,
    users: deps.users,
    municipalities: deps.municipalities,
    invitations: deps.invitations,
    audit: deps.audit,
    now: deps.now,
  });
  return {
    directory: createServicePointDirectory({ servicePoints }),
    service,
    router: createServicePointsRouter({ servicePoints: service, map: deps.map }),
  };
}
