import type { Queryable } from '../../db/database.ts';
import type { AuditAction, AuditEvent } from '@e-galleria/shared/shops';
import { newId } from '../../db/ids.ts';
import { AppError } from '../../errors.ts';
import { authorize, type Actor } from '../auth/access.port.ts';
import type { MunicipalitiesService } from '../municipalities/municipalities.service.ts';
import type { AuditEventListRow, AuditRepository } from './audit.repository.ts';

function toAuditEvent(row: AuditEventListRow): AuditEvent {
  return {
    id: row.id,
    action: row.action,
    shop: row.shop_id ? { id: row.shop_id, name: row.shop_name ?? '' } : null,
    actor: row.actor_user_id ? { id: row.actor_user_id, name: row.actor_name ?? '' } : null,
    details: JSON.parse(row.details) as Record<string, unknown>,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

/**
 * What admins and owners did, kept per municipality so that municipality's admins can read
 * it. Written in the same transaction as the change it describes.
 */
export function createAuditService(deps: {
  audit: AuditRepository;
  municipalities: MunicipalitiesService;
  now: () => number;
}) {
  const { audit, municipalities, now } = deps;
  return {
    async record(
      event: {
        municipalityId: string;
        shopId: string | null;
        actorUserId: string | null;
        action: AuditAction;
        details?: Record<string, unknown>;
      },
      trx: Queryable,
    ) {
      await audit.insert(
        {
          id: newId(),
          municipality_id: event.municipalityId,
          shop_id: event.shopId,
          actor_user_id: event.actorUserId,
          action: event.action,
          details: JSON.stringify(event.details ?? {}),
          created_at: now(),
        },
        trx,
      );
    },

    async listForMunicipality(actor: Actor | null, slug: string): Promise<AuditEvent[]> {
      if (!actor) throw new AppError('unauthenticated');
      const municipality = await municipalities.findOrThrow(slug);
      authorize(actor, 'municipality.audit.read', municipalities.scopeOf(municipality));
      return (await audit.listForMunicipality(municipality.id, 500)).map(toAuditEvent);
    },
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
