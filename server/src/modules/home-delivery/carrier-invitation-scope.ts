import { notFound } from '../../errors.ts';
import type { InvitationScope } from '../invitations/invitations.service.ts';
import type { CarriersRepository } from './carriers.repository.ts';

/** A carrier's staff are invited to the carrier; they land on its day list (/konto/bud/:slug). */
export function createCarrierInvitationScope(deps: {
  carriers: CarriersRepository;
}): InvitationScope {
  const { carriers } = deps;
  return {
    async describe(id) {
      const carrier = await carriers.findById(id);
      if (!carrier) throw notFound('The carrier');
      return { id: carrier.id, name: carrier.name, slug: carrier.slug };
    },
    redirectTo: ({ slug }) => `/konto/bud/${encodeURIComponent(slug)}`,
  };
}
