import type { Locale } from '@e-galleria/shared/locales';
import {
  galleriaRefundMetadata,
  type OutsideRefundList,
  type StripeRefund,
} from '@e-galleria/shared/payments';
import { authorize, type Actor } from '../../auth/access.port.ts';
import type { Transaction } from '../../../db/database.ts';
import type { MailService } from '../../mail/mail.service.ts';
import type { CheckoutsRepository } from '../checkouts.repository.ts';
import type { OrdersRepository } from '../orders.repository.ts';

/**
 * Who hears of money moved outside the galleria: the region's admins (the users module's),
 * read in the caller's transaction (on SQLite its connection is the only writer).
 */
export type RegionAdmins = (
  db: Transaction,
) => Promise<readonly { email: string; locale: Locale }[]>;

/**
 * A refund the payment provider reports (`refund.created`): ours carry the galleria's mark
 * and are already on their shop orders; one without it was made in the provider's dashboard.
 * That one is recorded once and its region's admins are mailed in the same transaction, as
 * the orders still read as paid and the shops kept their shares (decision 0070).
 */
export function createOutsideRefunds(deps: {
  checkouts: CheckoutsRepository;
  orders: OrdersRepository;
  regionAdmins: RegionAdmins;
  mail: MailService;
  publicUrl: string;
  regionId: () => Promise<string>;
  now: () => number;
}) {
  /** The shops of each checkout, by name, for the mail and the list. */
  async function shopsOf(checkoutIds: readonly string[], db?: Transaction) {
    const shops = new Map<string, Set<string>>();
    if (checkoutIds.length === 0) return shops;
    for (const order of await deps.orders.viewsOfCheckouts(checkoutIds, db))
      shops.set(
        order.checkout_id,
        (shops.get(order.checkout_id) ?? new Set()).add(order.shop_name),
      );
    return shops;
  }

  return {
    /** The latest 50, for the region admin's page: the mail says it, the page keeps it. */
    async list(actor: Actor | null): Promise<OutsideRefundList> {
      authorize(actor, 'region.outside_refunds.read', { region: await deps.regionId() });
      const rows = await deps.checkouts.listOutsideRefunds(50);
      const shops = await shopsOf(
        rows.flatMap((row) => (row.checkout_id ? [row.checkout_id] : [])),
      );
      return {
        items: rows.map((row) => ({
          refundId: row.refund_id,
          amountOre: row.amount_ore,
          reason: row.reason,
          refundedAt: new Date(Number(row.refunded_at)).toISOString(),
          checkout:
            row.checkout_id === null || row.total_ore === null
              ? null
              : {
                  id: row.checkout_id,
                  totalOre: row.total_ore,
                  shops: [...(shops.get(row.checkout_id) ?? [])],
                },
        })),
      };
    },

    async onRefundCreated(refund: StripeRefund, trx: Transaction): Promise<void> {
      if (refund.metadata?.madeBy === galleriaRefundMetadata.madeBy) return;
      const intentId = refund.payment_intent ?? null;
      const checkout = intentId ? await deps.checkouts.findByPaymentIntent(intentId, trx) : null;
      const recorded = await deps.checkouts.recordOutsideRefund(
        {
          refund_id: refund.id,
          payment_intent_id: intentId,
          checkout_id: checkout?.id ?? null,
          amount_ore: refund.amount,
          reason: refund.reason ?? null,
          refunded_at: refund.created * 1000,
          recorded_at: deps.now(),
        },
        trx,
      );
      if (!recorded) return;
      const shops = checkout
        ? [...((await shopsOf([checkout.id], trx)).get(checkout.id) ?? [])]
        : [];
      const admins = await deps.regionAdmins(trx);
      await deps.mail.enqueueMany(
        admins.map(({ email, locale }) => ({
          to: email,
          locale,
          kind: 'outside_refund' as const,
          params: {
            refundId: refund.id,
            amountOre: refund.amount,
            checkout: checkout
              ? { reference: checkout.id, totalOre: checkout.total_ore, shops }
              : null,
            reason: refund.reason ?? null,
            link: `${deps.publicUrl}/admin/region`,
          },
        })),
        trx,
      );
    },
  };
}

export type OutsideRefunds = ReturnType<typeof createOutsideRefunds>;
