import type { CarrierStaff } from '@e-galleria/shared/home-delivery';
import type { Invitation } from '@e-galleria/shared/invitations';
import type { Locale } from '@e-galleria/shared/locales';
import type { TransactionRunner } from '../../db/database.ts';
import { notFound } from '../../errors.ts';
import type { Actor } from '../auth/access.port.ts';
import type { InvitationsService } from '../invitations/invitations.service.ts';
import type { UsersService } from '../users/users.service.ts';
import type { CarriersRepository } from './carriers.repository.ts';
import type { MunicipalitySetupService } from './municipality-setup.service.ts';

/**
 * A carrier's staff accounts (decision 0020): the municipality's admins invite drivers by
 * mail, as they invite a service point's operators; whoever accepts holds the role `carrier`
 * for that carrier.
 */
export function createCarrierStaffService(deps: {
  transaction: TransactionRunner;
  carriers: CarriersRepository;
  setup: MunicipalitySetupService;
  invitations: InvitationsService;
  users: UsersService;
}) {
  const { transaction, carriers, setup, invitations, users } = deps;

  async function carrierFor(actor: Actor | null, slug: string, carrierId: string) {
    const municipality = await setup.municipalityFor(
      actor,
      slug,
      'municipality.home_delivery.manage',
    );
    const carrier = await carriers.findById(carrierId);
    if (!carrier || carrier.municipality_id !== municipality.id) throw notFound('The carrier');
    return { municipality, carrier };
  }

  return {
    async invite(
      actor: Actor | null,
      slug: string,
      carrierId: string,
      input: { email: string; locale: Locale },
    ): Promise<Invitation> {
      const { municipality, carrier } = await carrierFor(actor, slug, carrierId);
      const created = await transaction((trx) =>
        invitations.create(
          {
            email: input.email,
            locale: input.locale,
            role: 'carrier',
            scopeType: 'carrier',
            scopeId: carrier.id,
            invitedByUserId: actor?.user.id ?? null,
            mail: {
              kind: 'invitation_carrier',
              params: { carrier: carrier.name, municipality: municipality.name },
            },
          },
          trx,
        ),
      );
      return invitations.present(created);
    },

    async listInvitations(
      actor: Actor | null,
      slug: string,
      carrierId: string,
    ): Promise<Invitation[]> {
      const { carrier } = await carrierFor(actor, slug, carrierId);
      return invitations.listForScope('carrier', carrier.id);
    },

    async listStaff(actor: Actor | null, slug: string, carrierId: string): Promise<CarrierStaff[]> {
      const { carrier } = await carrierFor(actor, slug, carrierId);
      const holders = await users.listRoleHolders('carrier', 'carrier', carrier.id);
      return holders.map((holder) => ({
        id: holder.id,
        name: holder.name,
        email: holder.email,
        since: new Date(holder.created_at).toISOString(),
      }));
    },
  };
}

export type CarrierStaffService = ReturnType<typeof createCarrierStaffService>;
