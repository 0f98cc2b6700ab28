import type { Action } from '@e-galleria/shared/authorization';
import { AppError, notFound } from '../../errors.ts';
import { authorize, type Actor } from '../auth/access.port.ts';
import type { CarrierDirectory } from '../deliveries/carriers.port.ts';
import type { MunicipalitiesService } from '../municipalities/municipalities.service.ts';

type AccessDeps = { carriers: CarrierDirectory; municipalities: MunicipalitiesService };

/** The carrier by slug with the actor allowed `action` for it (its own staff). */
export async function loadCarrier(
  deps: AccessDeps,
  actor: Actor | null,
  slug: string,
  action: Action,
) {
  if (!actor) throw new AppError('unauthenticated');
  const carrier = await deps.carriers.carrierBySlug(slug);
  if (!carrier) throw notFound('The carrier');
  const scope = {
    region: await deps.municipalities.regionId(),
    municipality: carrier.municipalityId,
    carrier: carrier.id,
  };
  return { carrier, actor: authorize(actor, action, scope) };
}

/** The municipality by slug with the actor its admin for `action`. */
export async function loadMunicipality(
  deps: AccessDeps,
  actor: Actor | null,
  slug: string,
  action: Action,
) {
  if (!actor) throw new AppError('unauthenticated');
  const municipality = await deps.municipalities.findOrThrow(slug);
  return {
    municipality,
    admin: authorize(actor, action, deps.municipalities.scopeOf(municipality)),
  };
}
