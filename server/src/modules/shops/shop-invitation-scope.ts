import { notFound } from '../../errors.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { InvitationScope } from '../invitations/invitations.service.ts';
import type { ShopsRepository } from './shops.repository.ts';

/** Owners and staff are invited to a shop; joining is written to the shop's audit log. */
export function createShopInvitationScope(deps: {
  shops: ShopsRepository;
  audit: AuditService;
}): InvitationScope {
  const { shops, audit } = deps;
  return {
    async describe(id) {
      const shop = await shops.findById(id);
      if (!shop) throw notFound('The shop');
      return { id: shop.id, name: shop.name, slug: shop.slug };
    },
    redirectTo: ({ id }) => `/konto/butiker/${id}`,
    async onAccepted(invitation, userId, trx) {
      const shop = await shops.findById(invitation.scope_id, trx);
      if (!shop) throw notFound('The shop');
      await audit.record(
        {
          municipalityId: shop.municipality_id,
          shopId: shop.id,
          actorUserId: userId,
          action: invitation.role === 'shop_owner' ? 'shop.owner_joined' : 'shop.staff_joined',
          details: { invitationId: invitation.id },
        },
        trx,
      );
    },
  };
}
