import type { ShopPaymentStatus } from '@e-galleria/shared/payments';
import { AppError } from '../../errors.ts';
import type { PaymentGateway } from '../../integrations/payments.ts';
import type { Actor } from '../auth/access.port.ts';
import type { ShopDirectory } from '../shops/shop-directory.service.ts';
import type {
  PaymentAccountsRepository,
  ShopPaymentAccountRow,
} from './payment-accounts.repository.ts';
import type { WebhookEvent } from './webhook-registry.ts';
import type { Transaction } from '../../db/database.ts';

function isReady(row: ShopPaymentAccountRow): boolean {
  return row.charges_enabled && row.payouts_enabled && row.details_submitted;
}

function present(row: ShopPaymentAccountRow | undefined): ShopPaymentStatus {
  if (!row)
    return {
      state: 'not_connected',
      chargesEnabled: false,
      payoutsEnabled: false,
      detailsSubmitted: false,
      updatedAt: null,
    };
  return {
    state: isReady(row) ? 'ready' : 'onboarding',
    chargesEnabled: row.charges_enabled,
    payoutsEnabled: row.payouts_enabled,
    detailsSubmitted: row.details_submitted,
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

/**
 * Stripe Connect for shops: the owner creates the shop's connected account once and finishes
 * Stripe's hosted onboarding; `account.updated` webhooks (and a re-read when the owner comes
 * back) keep our copy of its status.
 */
export function createConnectService(deps: {
  shops: ShopDirectory;
  accounts: PaymentAccountsRepository;
  gateway: PaymentGateway | null;
  publicUrl: string;
  now: () => number;
}) {
  const { shops, accounts, gateway, publicUrl, now } = deps;

  /** Authorization first, so strangers learn nothing about the installation's setup. */
  async function authorizedShop(actor: Actor | null, shopId: string, action: 'read' | 'manage') {
    const found = await shops.authorized(actor, shopId, `shop.payments.${action}`);
    if (!gateway) throw new AppError('payments_not_configured');
    return { ...found, gateway };
  }

  return {
    async status(actor: Actor | null, shopId: string): Promise<ShopPaymentStatus> {
      const { shop, gateway: stripe } = await authorizedShop(actor, shopId, 'read');
      const row = await accounts.findByShop(shop.id);
      if (!row || isReady(row)) return present(row);
      // Coming back from onboarding may beat the webhook: ask Stripe instead of showing stale.
      // If Stripe cannot answer now, what we last knew is still the right thing to show.
      const current = await stripe
        .retrieveAccount(row.stripe_account_id)
        .catch((error: unknown) => {
          if (error instanceof AppError && error.code === 'payment_provider_error') return null;
          throw error;
        });
      if (!current) return present(row);
      const readAt = now();
      await accounts.updateStatusIfNewer(row.stripe_account_id, current, readAt, readAt);
      return present(await accounts.findByShop(shop.id));
    },

    async onboardingLink(actor: Actor | null, shopId: string): Promise<{ url: string }> {
      const { shop, gateway: stripe } = await authorizedShop(actor, shopId, 'manage');
      let row = await accounts.findByShop(shop.id);
      if (!row) {
        // The same key for every attempt: two clicks at once get one account from Stripe.
        const { accountId } = await stripe.createConnectedAccount({
          email: shop.contact_email,
          businessName: shop.name,
          idempotencyKey: `shop-account-${shop.id}`,
        });
        await accounts.insertOnce(shop.id, accountId, now());
        row = await accounts.findByShop(shop.id);
        if (!row) throw new Error(`the payment account of shop ${shop.id} vanished`);
      }
      const page = `${publicUrl}/konto/butiker/${encodeURIComponent(shop.id)}/betalningar`;
      return stripe.createAccountLink({
        accountId: row.stripe_account_id,
        refreshUrl: `${page}?forny=1`,
        returnUrl: `${page}?klar=1`,
      });
    },

    /**
     * Whether every one of these shops can take cards: a connected account that Stripe lets
     * charge and pay out, with its details submitted. The one answer checkout, the basket and
     * the shop's own page all use.
     */
    canTakeCards: async (shopIds: readonly string[]): Promise<boolean> => {
      const unique = [...new Set(shopIds)];
      const rows = await accounts.findByShops(unique);
      return rows.filter(isReady).length === unique.length;
    },

    /** The shop's connected account, or null while it has none. */
    accountOf: async (shopId: string): Promise<string | null> =>
      (await accounts.findByShop(shopId))?.stripe_account_id ?? null,

    /** Registered for `account.updated`: an account we do not know is none of our business. */
    async applyAccountUpdated(event: WebhookEvent<'account.updated'>, db: Transaction) {
      const { object } = event;
      await accounts.updateStatusIfNewer(
        object.id,
        {
          chargesEnabled: object.charges_enabled,
          payoutsEnabled: object.payouts_enabled,
          detailsSubmitted: object.details_submitted,
        },
        event.createdAt,
        now(),
        db,
      );
    },
  };
}

export type ConnectService = ReturnType<typeof createConnectService>;
