import type { ResourceScope } from '@e-galleria/shared/authorization';
import { AppError, notFound } from '../../errors.ts';
import type { Actor } from '../auth/actor.ts';
import type { ShopWithHomeRow, ShopsRepository } from './shops.repository.ts';

/** A shop's scope chain: the region, its HOME municipality, the shop. */
export function shopScope(row: ShopWithHomeRow): ResourceScope {
  return { region: row.region_id, municipality: row.municipality_id, shop: row.id };
}

/** Anonymous callers learn nothing, not even whether a shop id exists. */
export async function findShopForActor(
  shops: ShopsRepository,
  actor: Actor | null,
  shopId: string,
): Promise<{ actor: Actor; shop: ShopWithHomeRow }> {
  if (!actor) throw new AppError('unauthenticated');
  const shop = await shops.findById(shopId);
  if (!shop) throw notFound('The shop');
  return { actor, shop };
}
