import type { PlatformFee, UpdatePlatformFeeBody } from '@e-galleria/shared/payments';
import type { Actor } from '../auth/actor.ts';
import { authorize } from '../auth/authorize.ts';
import type { MunicipalitiesService } from '../municipalities/municipalities.service.ts';
import type { PlatformFeesRepository } from './platform-fees.repository.ts';

/**
 * The galleria's fee per municipality. It is a setting like any other and can be set before
 * Stripe is configured: it only takes effect on card payments.
 */
export function createPlatformFeeService(deps: {
  fees: PlatformFeesRepository;
  municipalities: MunicipalitiesService;
  now: () => number;
}) {
  const { fees, municipalities, now } = deps;
  return {
    async get(actor: Actor | null, slug: string): Promise<PlatformFee> {
      const row = await municipalities.findOrThrow(slug);
      authorize(actor, 'municipality.fee.read', municipalities.scopeOf(row));
      return { feeBasisPoints: await fees.feeOf(row.id) };
    },

    async update(actor: Actor | null, slug: string, body: UpdatePlatformFeeBody) {
      const row = await municipalities.findOrThrow(slug);
      authorize(actor, 'municipality.fee.update', municipalities.scopeOf(row));
      await fees.setFee(row.id, body.feeBasisPoints, now());
      return { feeBasisPoints: await fees.feeOf(row.id) };
    },

    /** For checkout: the fee in basis points of a municipality's galleria. */
    feeOf: (municipalityId: string) => fees.feeOf(municipalityId),
  };
}

export type PlatformFeeService = ReturnType<typeof createPlatformFeeService>;
