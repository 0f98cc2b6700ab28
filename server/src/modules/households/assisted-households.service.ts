import type { DeliveryAddress } from '@e-galleria/shared/delivery-address';
import type { ShopHousehold, ShopHouseholdMatch } from '@e-galleria/shared/households';
import { notFound } from '../../errors.ts';
import type { Actor } from '../auth/access.port.ts';
import type { ShopDirectory } from '../shops/shop-directory.service.ts';
import { householdSearchOf, isSameDoor, phoneDigitsOf } from './household-keys.ts';
import { toShopHousehold, toShopHouseholdMatch } from './household-presenters.ts';
import { newHouseholdRow } from './household-rows.ts';
import type { HouseholdAreas } from './households.port.ts';
import type { HouseholdsRepository } from './households.repository.ts';

/** Enough hits to find a namesake, too few to page through a village. */
const maxMatches = 20;

/**
 * Assisted ordering (issue 13): many who need home delivery order by phone. Shop staff find
 * the caller's household in their shop's municipality by name or phone, or take one down as a
 * contact without an account; the lead's "order on behalf of" places the order for it. A shop
 * never finds a household of another municipality.
 */
export function createAssistedHouseholdsService(deps: {
  households: HouseholdsRepository;
  shops: ShopDirectory;
  areas: HouseholdAreas;
  now: () => number;
}) {
  const { households, shops, areas, now } = deps;

  const authorizedShop = (actor: Actor | null, shopId: string) =>
    shops.authorized(actor, shopId, 'shop.households.find');

  return {
    async search(
      actor: Actor | null,
      shopId: string,
      query: string,
    ): Promise<ShopHouseholdMatch[]> {
      const { shop } = await authorizedShop(actor, shopId);
      const search = householdSearchOf(query);
      if (search.kind === 'name' && search.terms.length === 0) return [];
      const rows = await households.search(shop.municipality_id, search, maxMatches);
      return rows.map(toShopHouseholdMatch);
    },

    /** The whole address, for the order being placed on the household's behalf. */
    async get(actor: Actor | null, shopId: string, id: string): Promise<ShopHousehold> {
      const { shop } = await authorizedShop(actor, shopId);
      const row = await households.findById(id);
      if (!row || row.municipality_id !== shop.municipality_id) throw notFound('The household');
      return toShopHousehold(row);
    },

    /**
     * A contact without an account, recording which shop and who took it down. The same phone
     * number at the same door is the household already there: that one is answered instead.
     */
    async createContact(
      actor: Actor | null,
      shopId: string,
      body: { name: string; email?: string | undefined; address: DeliveryAddress },
    ): Promise<{ household: ShopHousehold; isNew: boolean }> {
      const { shop, actor: staff } = await authorizedShop(actor, shopId);
      await areas.checkAddress(shop.municipality_id, body.address);
      const existing = (
        await households.listByPhone(shop.municipality_id, phoneDigitsOf(body.address.phone))
      ).find((row) => isSameDoor(row, body.address));
      if (existing) return { household: toShopHousehold(existing), isNew: false };
      const row = newHouseholdRow({
        municipalityId: shop.municipality_id,
        userId: null,
        via: 'shop',
        createdByShopId: shop.id,
        createdByUserId: staff.user.id,
        name: body.name,
        address: body.address,
        contactEmail: body.email,
        at: now(),
      });
      await households.insert(row);
      return { household: toShopHousehold(row), isNew: true };
    },
  };
}

export type AssistedHouseholdsService = ReturnType<typeof createAssistedHouseholdsService>;
