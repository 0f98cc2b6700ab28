import { z } from 'zod';
import { maxPlatformFeeBasisPoints } from './platform-fee.ts';

/**
 * A shop's Stripe Connect account as the owner sees it:
 * not_connected → onboarding (account created, Stripe still needs details) → ready.
 */
export const shopPaymentStates = ['not_connected', 'onboarding', 'ready'] as const;
export const shopPaymentStateSchema = z.enum(shopPaymentStates);
export type ShopPaymentState = z.infer<typeof shopPaymentStateSchema>;

export const shopPaymentStatusSchema = z.object({
  state: shopPaymentStateSchema,
  chargesEnabled: z.boolean(),
  payoutsEnabled: z.boolean(),
  detailsSubmitted: z.boolean(),
  updatedAt: z.string().nullable(),
});
export type ShopPaymentStatus = z.infer<typeof shopPaymentStatusSchema>;

export const onboardingLinkSchema = z.object({ url: z.string() });
export type OnboardingLink = z.infer<typeof onboardingLinkSchema>;

export const platformFeeSchema = z.object({ feeBasisPoints: z.number().int() });
export type PlatformFee = z.infer<typeof platformFeeSchema>;

export const updatePlatformFeeBodySchema = z
  .object({ feeBasisPoints: z.number().int().min(0).max(maxPlatformFeeBasisPoints) })
  .strict();
export type UpdatePlatformFeeBody = z.infer<typeof updatePlatformFeeBodySchema>;

/*
 * Stripe webhook objects: only the fields our handlers read, so a new field Stripe adds never
 * breaks us, and a missing one is a validation failure rather than an undefined deep inside.
 */
const metadataSchema = z.record(z.string(), z.string()).nullable().optional();

export const stripeCheckoutSessionSchema = z.object({
  id: z.string(),
  client_reference_id: z.string().nullable().optional(),
  metadata: metadataSchema,
  payment_intent: z.string().nullable().optional(),
  payment_status: z.string().optional(),
  status: z.string().nullable().optional(),
  amount_total: z.number().int().nullable().optional(),
});
export type StripeCheckoutSession = z.infer<typeof stripeCheckoutSessionSchema>;

export const stripeAccountSchema = z.object({
  id: z.string(),
  charges_enabled: z.boolean(),
  payouts_enabled: z.boolean(),
  details_submitted: z.boolean(),
});

export const stripeChargeSchema = z.object({
  id: z.string(),
  payment_intent: z.string().nullable().optional(),
  transfer_group: z.string().nullable().optional(),
  amount: z.number().int(),
  amount_refunded: z.number().int().optional(),
});

/** A refund of a card payment, ours (marked in `metadata`) or made in the dashboard. */
export const stripeRefundSchema = z.object({
  id: z.string(),
  amount: z.number().int(),
  payment_intent: z.string().nullable().optional(),
  metadata: metadataSchema,
  reason: z.string().nullable().optional(),
  /** Seconds since 1970, as Stripe writes times. */
  created: z.number().int(),
});
export type StripeRefund = z.infer<typeof stripeRefundSchema>;

/** A refund made in the provider's dashboard, as the region admin's page lists it (0070). */
export const outsideRefundSchema = z.object({
  refundId: z.string(),
  amountOre: z.number().int(),
  reason: z.string().nullable(),
  refundedAt: z.string(),
  /** When a region admin marked it settled by hand, and who; null while open. */
  settled: z.object({ at: z.string(), by: z.string().nullable() }).nullable(),
  /** The order the payment was for, when it was ours. */
  checkout: z
    .object({ id: z.string(), totalOre: z.number().int(), shops: z.array(z.string()) })
    .nullable(),
});
export type OutsideRefund = z.infer<typeof outsideRefundSchema>;
export type OutsideRefundList = { items: OutsideRefund[] };

/** Marks the refunds the galleria makes, so one made in the dashboard can be told apart. */
export const galleriaRefundMetadata = { madeBy: 'e-galleria' } as const;

/** A card payment the cardholder disputes with their bank: Stripe takes the money back. */
export const stripeDisputeSchema = z.object({
  id: z.string(),
  amount: z.number().int(),
  payment_intent: z.string().nullable().optional(),
  reason: z.string().nullable().optional(),
  /** Until when evidence can be sent, in seconds since 1970. */
  evidence_details: z.object({ due_by: z.number().int().nullable().optional() }).optional(),
  created: z.number().int(),
});
export type StripeDispute = z.infer<typeof stripeDisputeSchema>;

/** A disputed card payment, as the region admin's page lists it (decision 0070). */
export const paymentDisputeSchema = z.object({
  disputeId: z.string(),
  amountOre: z.number().int(),
  reason: z.string().nullable(),
  disputedAt: z.string(),
  evidenceDueBy: z.string().nullable(),
  settled: z.object({ at: z.string(), by: z.string().nullable() }).nullable(),
  checkout: z
    .object({ id: z.string(), totalOre: z.number().int(), shops: z.array(z.string()) })
    .nullable(),
});
export type PaymentDispute = z.infer<typeof paymentDisputeSchema>;
export type PaymentDisputeList = { items: PaymentDispute[] };

/** The event types handlers may register for, each with the schema of its `data.object`. */
export const stripeEventObjectSchemas = {
  'checkout.session.completed': stripeCheckoutSessionSchema,
  'checkout.session.async_payment_succeeded': stripeCheckoutSessionSchema,
  'checkout.session.async_payment_failed': stripeCheckoutSessionSchema,
  'checkout.session.expired': stripeCheckoutSessionSchema,
  'account.updated': stripeAccountSchema,
  'charge.refunded': stripeChargeSchema,
  'refund.created': stripeRefundSchema,
  'charge.dispute.created': stripeDisputeSchema,
} as const;
export type StripeEventType = keyof typeof stripeEventObjectSchemas;

/** The checkout a Checkout Session pays for: client_reference_id, else metadata.checkoutId. */
export function checkoutIdOf(session: StripeCheckoutSession): string | null {
  return session.client_reference_id ?? session.metadata?.checkoutId ?? null;
}
