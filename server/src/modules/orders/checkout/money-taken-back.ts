import type { Locale } from '@e-galleria/shared/locales';
import {
  galleriaRefundMetadata,
  type OutsideRefundList,
  type PaymentDisputeList,
  type StripeDispute,
  type StripeRefund,
} from '@e-galleria/shared/payments';
import { AppError } from '../../../errors.ts';
import { authorize, type Actor } from '../../auth/access.port.ts';
import type { Transaction } from '../../../db/database.ts';
import type { MailService, MailTemplates } from '../../mail/mail.service.ts';
import type { CheckoutRow, CheckoutsRepository } from '../checkouts.repository.ts';
import type { OrdersRepository } from '../orders.repository.ts';

/**
 * Who hears of money moved outside the galleria: the region's admins (the users module's),
 * read in the caller's transaction (on SQLite its connection is the only writer).
 */
export type RegionAdmins = (
  db: Transaction,
) => Promise<readonly { email: string; locale: Locale }[]>;

/**
 * Card money the payment provider takes back without the galleria (decision 0070): a refund
 * made in its dashboard (`refund.created` without our mark; ours are already on their shop
 * orders) and a payment the cardholder disputes with their bank (`charge.dispute.created`).
 * Either is recorded once and the region's admins are mailed in the same transaction, as the
 * orders still read as paid and the shops kept their shares. The region admin's page lists
 * both.
 */
export function createMoneyTakenBack(deps: {
  checkouts: CheckoutsRepository;
  orders: OrdersRepository;
  regionAdmins: RegionAdmins;
  mail: MailService;
  publicUrl: string;
  regionId: () => Promise<string>;
  now: () => number;
}) {
  /** The shops of each checkout, by name, for the mails and the lists. */
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

  /** The checkouts of listed rows as the page shows them: total and shops. */
  async function checkoutsOf(
    rows: readonly { checkout_id: string | null; total_ore: number | null }[],
  ) {
    const shops = await shopsOf(rows.flatMap((row) => (row.checkout_id ? [row.checkout_id] : [])));
    return (row: { checkout_id: string | null; total_ore: number | null }) =>
      row.checkout_id === null || row.total_ore === null
        ? null
        : {
            id: row.checkout_id,
            totalOre: row.total_ore,
            shops: [...(shops.get(row.checkout_id) ?? [])],
          };
  }

  /** The checkout a payment paid for, when the payment is ours. */
  async function checkoutPaidBy(intentId: string | null, trx: Transaction) {
    return intentId ? ((await deps.checkouts.findByPaymentIntent(intentId, trx)) ?? null) : null;
  }

  /** What a mail to the region says of the checkout: its reference, total and shops. */
  async function aboutCheckout(checkout: CheckoutRow | null, trx: Transaction) {
    if (!checkout) return null;
    const shops = (await shopsOf([checkout.id], trx)).get(checkout.id) ?? [];
    return { reference: checkout.id, totalOre: checkout.total_ore, shops: [...shops] };
  }

  /** Each of the region's admins, in their own language, in the transaction that recorded it. */
  async function mailRegionAdmins<Kind extends 'outside_refund' | 'payment_disputed'>(
    trx: Transaction,
    kind: Kind,
    params: Parameters<MailTemplates[Kind]>[0],
  ) {
    const admins = await deps.regionAdmins(trx);
    await deps.mail.enqueueMany(
      admins.map(({ email, locale }) => ({ to: email, locale, kind, params })),
      trx,
    );
  }

  async function authorizeRegion(
    actor: Actor | null,
    action:
      | 'region.outside_refunds.read'
      | 'region.outside_refunds.settle' = 'region.outside_refunds.read',
  ) {
    return authorize(actor, action, { region: await deps.regionId() });
  }

  const settledOf = (row: { settled_at: number | null; settled_by_name: string | null }) =>
    row.settled_at === null
      ? null
      : { at: new Date(row.settled_at).toISOString(), by: row.settled_by_name };

  return {
    /** The latest 50 refunds, for the region admin's page: the mail says it, the page keeps it. */
    async list(actor: Actor | null): Promise<OutsideRefundList> {
      await authorizeRegion(actor);
      const rows = await deps.checkouts.listOutsideRefunds(50);
      const checkoutOf = await checkoutsOf(rows);
      return {
        items: rows.map((row) => ({
          refundId: row.refund_id,
          amountOre: row.amount_ore,
          reason: row.reason,
          refundedAt: new Date(Number(row.refunded_at)).toISOString(),
          settled: settledOf(row),
          checkout: checkoutOf(row),
        })),
      };
    },

    /** The latest 50 disputes, for the same page. */
    async listDisputes(actor: Actor | null): Promise<PaymentDisputeList> {
      await authorizeRegion(actor);
      const rows = await deps.checkouts.listDisputes(50);
      const checkoutOf = await checkoutsOf(rows);
      return {
        items: rows.map((row) => ({
          disputeId: row.dispute_id,
          amountOre: row.amount_ore,
          reason: row.reason,
          disputedAt: new Date(Number(row.disputed_at)).toISOString(),
          evidenceDueBy:
            row.evidence_due_at === null
              ? null
              : new Date(Number(row.evidence_due_at)).toISOString(),
          settled: settledOf(row),
          checkout: checkoutOf(row),
        })),
      };
    },

    /**
     * A region admin has settled it by hand (transferred, taken back, answered the bank):
     * the page lists it after those still open. Once: 409 if it already was.
     */
    async settle(actor: Actor | null, kind: 'refund' | 'dispute', id: string): Promise<void> {
      const admin = await authorizeRegion(actor, 'region.outside_refunds.settle');
      if (!(await deps.checkouts.settleMoneyTakenBack(kind, id, admin.user.id, deps.now())))
        throw new AppError('status_conflict', `${kind} ${id} is unknown or already settled.`);
    },

    async onRefundCreated(refund: StripeRefund, trx: Transaction): Promise<void> {
      if (refund.metadata?.madeBy === galleriaRefundMetadata.madeBy) return;
      const intentId = refund.payment_intent ?? null;
      const checkout = await checkoutPaidBy(intentId, trx);
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
      await mailRegionAdmins(trx, 'outside_refund', {
        refundId: refund.id,
        amountOre: refund.amount,
        checkout: await aboutCheckout(checkout, trx),
        reason: refund.reason ?? null,
        link: `${deps.publicUrl}/admin/region`,
      });
    },

    async onDisputeCreated(dispute: StripeDispute, trx: Transaction): Promise<void> {
      const intentId = dispute.payment_intent ?? null;
      const checkout = await checkoutPaidBy(intentId, trx);
      const dueBy = dispute.evidence_details?.due_by ?? null;
      const recorded = await deps.checkouts.recordDispute(
        {
          dispute_id: dispute.id,
          payment_intent_id: intentId,
          checkout_id: checkout?.id ?? null,
          amount_ore: dispute.amount,
          reason: dispute.reason ?? null,
          disputed_at: dispute.created * 1000,
          evidence_due_at: dueBy === null ? null : dueBy * 1000,
          recorded_at: deps.now(),
        },
        trx,
      );
      if (!recorded) return;
      await mailRegionAdmins(trx, 'payment_disputed', {
        disputeId: dispute.id,
        amountOre: dispute.amount,
        checkout: await aboutCheckout(checkout, trx),
        reason: dispute.reason ?? null,
        evidenceDueBy: dueBy === null ? null : new Date(dueBy * 1000).toISOString(),
        link: `${deps.publicUrl}/admin/region`,
      });
    },
  };
}

export type MoneyTakenBack = ReturnType<typeof createMoneyTakenBack>;
