import type { Knex } from 'knex';
import { readBooleans } from '../../db/booleans.ts';
import type { ConnectedAccountStatus } from '../../integrations/payments.ts';

export type ShopPaymentAccountRow = {
  shop_id: string;
  stripe_account_id: string;
  charges_enabled: boolean;
  payouts_enabled: boolean;
  details_submitted: boolean;
  status_as_of: number;
  created_at: number;
  updated_at: number;
};

const accountOf = readBooleans<ShopPaymentAccountRow>(
  'charges_enabled',
  'payouts_enabled',
  'details_submitted',
);

function statusColumns(status: ConnectedAccountStatus) {
  return {
    charges_enabled: status.chargesEnabled,
    payouts_enabled: status.payoutsEnabled,
    details_submitted: status.detailsSubmitted,
  };
}

export function createPaymentAccountsRepository(knex: Knex) {
  return {
    async findByShop(shopId: string, db: Knex = knex) {
      const row = await db<ShopPaymentAccountRow>('shop_payment_accounts')
        .where({ shop_id: shopId })
        .first();
      return row && accountOf(row);
    },

    async findByShops(shopIds: readonly string[]) {
      const rows = await knex('shop_payment_accounts')
        .whereIn('shop_id', [...shopIds])
        .select<ShopPaymentAccountRow[]>('*');
      return rows.map(accountOf);
    },

    /** The first account wins; a second request racing it keeps the first one's id. */
    async insertOnce(shopId: string, stripeAccountId: string, now: number) {
      await knex('shop_payment_accounts')
        .insert({
          shop_id: shopId,
          stripe_account_id: stripeAccountId,
          charges_enabled: false,
          payouts_enabled: false,
          details_submitted: false,
          status_as_of: 0,
          created_at: now,
          updated_at: now,
        })
        .onConflict('shop_id')
        .ignore();
    },

    /**
     * Stores Stripe's view of an account unless we already hold a newer one: account.updated
     * events arrive in any order, and a late old one must not undo a newer "ready".
     */
    async updateStatusIfNewer(
      stripeAccountId: string,
      status: ConnectedAccountStatus,
      asOf: number,
      now: number,
      db: Knex = knex,
    ): Promise<number> {
      return db('shop_payment_accounts')
        .where({ stripe_account_id: stripeAccountId })
        .andWhere('status_as_of', '<=', asOf)
        .update({ ...statusColumns(status), status_as_of: asOf, updated_at: now });
    },
  };
}

export type PaymentAccountsRepository = ReturnType<typeof createPaymentAccountsRepository>;
