import type { Locale } from '@e-galleria/shared/locales';
import type { Action, ResourceScope } from '@e-galleria/shared/authorization';
import type { Queryable } from '../../db/database.ts';
import type { ReadPart } from '../../db/read-parts.ts';
import { AppError, notFound } from '../../errors.ts';
import { authorize, type Actor } from '../auth/access.port.ts';
import type { ShopWithHomeRow, ShopsRepository } from './shops.repository.ts';

/** A shop as other modules see it: its row with its home municipality and region. */
export type ShopRecord = ShopWithHomeRow;

/** Who hears of a shop's new orders: its contact address, else its owners. */
export type ShopRecipient = {
  shop_id: string;
  contact_email: string | null;
  email: string | null;
  locale: string | null;
};

/** Where a shop is written to: its contact address in Swedish, else each owner in theirs. */
export function shopAddresses(
  recipients: readonly ShopRecipient[],
  shopId: string,
): { to: string; locale: Locale }[] {
  const ofShop = recipients.filter((row) => row.shop_id === shopId);
  const contact = ofShop.find((row) => row.contact_email !== null)?.contact_email;
  return contact
    ? [{ to: contact, locale: 'sv' }]
    : ofShop.flatMap((row) =>
        row.email === null ? [] : [{ to: row.email, locale: row.locale === 'en' ? 'en' : 'sv' }],
      );
}

/** A shop's scope chain: the region, its HOME municipality, the shop. */
export function shopScope(row: ShopRecord): ResourceScope {
  return { region: row.region_id, municipality: row.municipality_id, shop: row.id };
}

/**
 * What other modules may ask of shops (docs/decisions/0019): find one, check that an actor
 * may act on one, its listings, who hears of its orders. It needs nothing but the shops'
 * repository, so every module can have it without waiting for the shops service's own
 * dependencies (invitations, audit, images).
 */
export function createShopDirectory(deps: {
  shops: ShopsRepository;
  /** The same on the reader connections, for what checkout reads beside the writer. */
  reads: ShopsRepository;
}) {
  const { shops } = deps;

  /** Anonymous callers learn nothing, not even whether a shop id exists. */
  async function findForActor(actor: Actor | null, shopId: string) {
    if (!actor) throw new AppError('unauthenticated');
    const shop = await shops.findById(shopId);
    if (!shop) throw notFound('The shop');
    return { actor, shop };
  }

  return {
    findForActor,

    /** The shop, with the actor allowed `action` on it by the scope chain from the database. */
    async authorized(actor: Actor | null, shopId: string, action: Action) {
      const { shop } = await findForActor(actor, shopId);
      return { shop, actor: authorize(actor, action, shopScope(shop)) };
    },

    find: (shopId: string, db?: Queryable): Promise<ShopRecord | undefined> =>
      shops.findById(shopId, db),

    /** The municipalities where the shop is sold besides its home, with their decision. */
    listingsOf: (shopId: string) => shops.listingsOf(shopId),

    findListing: (shopId: string, municipalityId: string) =>
      shops.findListing(shopId, municipalityId),

    /** One statement for every shop of a checkout; on the readers unless `db` is given. */
    noticeRecipients: (shopIds: readonly string[], db?: Queryable): Promise<ShopRecipient[]> =>
      db ? shops.noticeRecipients(shopIds, db) : deps.reads.noticeRecipients(shopIds),

    /** The same as a read to send with others (`Database.readTogether`, decision 0055). */
    noticeRecipientsRead: (shopIds: readonly string[]): ReadPart<ShopRecipient> =>
      deps.reads.noticeRecipientsRead(shopIds),
  };
}

export type ShopDirectory = ReturnType<typeof createShopDirectory>;
