import { notFound } from '../../errors.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { InvitationScope } from '../invitations/invitations.service.ts';
import type { ServicePointsRepository } from './service-points.repository.ts';

/** Operators are invited to a service point; joining is written to its municipality's log. */
export function createServicePointInvitationScope(deps: {
  servicePoints: ServicePointsRepository;
  audit: AuditService;
}): InvitationScope {
  const { servicePoints, audit } = deps;
  return {
    async describe(id) {
      const point = await servicePoints.findById(id);
      if (!point) throw notFound('The service point');
      return { id: point.id, name: point.name, slug: point.slug };
    },
    redirectTo: () => '/konto',
    async onAccepted(invitation, userId, trx) {
      const point = await servicePoints.findById(invitation.scope_id, trx);
      if (!point) throw notFound('The service point');
      await audit.record(
        {
          municipalityId: point.municipality_id,
          shopId: null,
          actorUserId: userId,
          action: 'service_point.operator_joined',
          details: { servicePointId: point.id, name: point.name, invitationId: invitation.id },
        },
        trx,
      );
    },
  };
}
