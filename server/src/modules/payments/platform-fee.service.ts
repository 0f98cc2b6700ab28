import type { PlatformFee, UpdatePlatformFeeBody } from '@e-galleria/shared/payments';
import { authorize, type Actor } from '../auth/access.port.ts';
import type { MunicipalitiesService } from '../municipalities/municipalities.service.ts';

/**
 * The galleria's fee per municipality. It is a setting like any other and can be set before
 * Stripe is configured: it only takes effect on card payments.
 */
export function createPlatformFeeService(deps: { municipalities: MunicipalitiesService }) {
  const { municipalities } = deps;
  return {
    async get(actor: Actor | null, slug: string): Promise<PlatformFee> {
      const row = await municipalities.findOrThrow(slug);
      authorize(actor, 'municipality.fee.read', municipalities.scopeOf(row));
      return { feeBasisPoints: await municipalities.platformFeeOf(row.id) };
    },

    async update(actor: Actor | null, slug: string, body: UpdatePlatformFeeBody) {
      const row = await municipalities.findOrThrow(slug);
      authorize(actor, 'municipality.fee.update', municipalities.scopeOf(row));
      await municipalities.setPlatformFee(row.id, body.feeBasisPoints);
      return { feeBasisPoints: await municipalities.platformFeeOf(row.id) };
    },

    /** For checkout: the fee in basis points of a municipality's galleria. */
    feeOf: (municipalityId: string) => municipalities.platformFeeOf(municipalityId),
  };
}

export type PlatformFeeService = ReturnType<typeof createPlatformFeeService>;
