import type { Knex } from 'knex';
import type { AgreementKind } from '@e-galleria/shared/home-delivery';
import { readBooleans } from '../../db/booleans.ts';
import type { Queryable, Transaction } from '../../db/database.ts';
import { lockUntilCommit } from '../../db/transaction-lock.ts';

export type AgreementRow = {
  id: string;
  municipality_id: string;
  shop_id: string;
  kind: AgreementKind;
  valid_from: string;
  valid_to: string | null;
  note: string | null;
  created_at: number;
  updated_at: number;
};

/** An agreement with the shop's name and slug, joined for the municipality's list. */
export type AgreementWithShopRow = AgreementRow & { shop_slug: string; shop_name: string };

export type ShopHomeDeliveryRow = {
  shop_id: string;
  is_enabled: boolean;
  extra_fee_ore: number;
  extra_cutoff_hours: number;
  updated_at: number;
};

const readOptIn = readBooleans<ShopHomeDeliveryRow>('is_enabled');

/** Agreements with shops and each shop's opt-in: its zones and carriers. */
export function createShopHomeDeliveryRepository(knex: Knex) {
  function agreementsWithShop(db: Queryable) {
    return db('home_delivery_agreements as a')
      .join('shops as s', 's.id', 'a.shop_id')
      .select<AgreementWithShopRow[]>('a.*', 's.slug as shop_slug', 's.name as shop_name')
      .orderBy('a.valid_from', 'desc')
      .orderBy('a.id', 'desc');
  }

  return {
    listAgreements: (municipalityId: string, db: Queryable = knex) =>
      agreementsWithShop(db).where('a.municipality_id', municipalityId),

    agreementsOfShop: (shopId: string, db: Queryable = knex) =>
      agreementsWithShop(db).where('a.shop_id', shopId),

    /**
     * A municipality's agreements with one shop, read in `trx` after taking the pair's lock:
     * until `trx` ends, no other write of an agreement between them checks its period against
     * a list this one is about to change (lockUntilCommit).
     */
    async lockAgreementsBetween(
      municipalityId: string,
      shopId: string,
      trx: Transaction,
    ): Promise<AgreementRow[]> {
      await lockUntilCommit(trx, `home_delivery_agreements:${municipalityId}:${shopId}`);
      return (await trx('home_delivery_agreements')
        .where({ municipality_id: municipalityId, shop_id: shopId })
        .orderBy('valid_from')) as AgreementRow[];
    },

    async findAgreement(id: string, db: Queryable = knex): Promise<AgreementRow | undefined> {
      return (await db('home_delivery_agreements').where({ id }).first()) as
        AgreementRow | undefined;
    },

    async insertAgreement(row: AgreementRow, db: Queryable = knex): Promise<void> {
      await db('home_delivery_agreements').insert(row);
    },

    async updateAgreement(
      id: string,
      changes: Pick<AgreementRow, 'kind' | 'valid_from' | 'valid_to' | 'note' | 'updated_at'>,
      db: Queryable = knex,
    ): Promise<void> {
      await db('home_delivery_agreements').where({ id }).update(changes);
    },

    async deleteAgreement(id: string, db: Queryable = knex): Promise<void> {
      await db('home_delivery_agreements').where({ id }).delete();
    },

    /** The municipalities with which the shop has an agreement covering `date`. */
    async municipalitiesWithAgreementOn(
      shopId: string,
      date: string,
      db: Queryable = knex,
    ): Promise<string[]> {
      const rows = await db('home_delivery_agreements')
        .where({ shop_id: shopId })
        .where('valid_from', '<=', date)
        .where((query) => query.whereNull('valid_to').orWhere('valid_to', '>=', date))
        .distinct<{ municipality_id: string }[]>('municipality_id');
      return rows.map((row) => row.municipality_id);
    },

    async findOptIn(
      shopId: string,
      db: Queryable = knex,
    ): Promise<ShopHomeDeliveryRow | undefined> {
      const row = (await db('shop_home_delivery').where({ shop_id: shopId }).first()) as
        ShopHomeDeliveryRow | undefined;
      return row && readOptIn(row);
    },

    async zoneIdsOf(shopId: string, db: Queryable = knex): Promise<string[]> {
      const rows = (await db('shop_delivery_zones').where({ shop_id: shopId })) as {
        zone_id: string;
      }[];
      return rows.map((row) => row.zone_id);
    },

    async carrierIdsOf(shopId: string, db: Queryable = knex): Promise<string[]> {
      const rows = (await db('shop_carriers').where({ shop_id: shopId })) as {
        carrier_id: string;
      }[];
      return rows.map((row) => row.carrier_id);
    },

    /** The whole opt-in at once, in the caller's transaction. */
    async saveOptIn(
      row: ShopHomeDeliveryRow,
      zoneIds: readonly string[],
      carrierIds: readonly string[],
      db: Queryable,
    ): Promise<void> {
      await db('shop_home_delivery').insert(row).onConflict('shop_id').merge();
      await db('shop_delivery_zones').where({ shop_id: row.shop_id }).delete();
      if (zoneIds.length > 0)
        await db('shop_delivery_zones').insert(
          zoneIds.map((zoneId) => ({ shop_id: row.shop_id, zone_id: zoneId })),
        );
      await db('shop_carriers').where({ shop_id: row.shop_id }).delete();
      if (carrierIds.length > 0)
        await db('shop_carriers').insert(
          carrierIds.map((carrierId) => ({ shop_id: row.shop_id, carrier_id: carrierId })),
        );
    },

    /** The shops of a municipality that deliver home now: enabled, a zone there. */
    async deliveringShops(
      municipalityId: string,
      db: Queryable = knex,
    ): Promise<{ shop_id: string; slug: string; name: string; contact_phone: string | null }[]> {
      return (await db('shop_home_delivery as h')
        .join('shops as s', 's.id', 'h.shop_id')
        .where('h.is_enabled', true)
        .where('s.status', 'published')
        .whereExists((query) =>
          query
            .select(db.raw('1'))
            .from('shop_delivery_zones as sz')
            .join('delivery_zones as z', 'z.id', 'sz.zone_id')
            .whereRaw('sz.shop_id = h.shop_id')
            .where('z.municipality_id', municipalityId),
        )
        .select('h.shop_id', 's.slug', 's.name', 's.contact_phone')
        .orderBy('s.name')) as {
        shop_id: string;
        slug: string;
        name: string;
        contact_phone: string | null;
      }[];
    },
  };
}

export type ShopHomeDeliveryRepository = ReturnType<typeof createShopHomeDeliveryRepository>;
