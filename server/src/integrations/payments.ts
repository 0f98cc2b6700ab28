import Stripe from 'stripe';
import type { StripeConfig } from '../config.ts';
import { AppError } from '../errors.ts';
import { galleriaRefundMetadata } from '@e-galleria/shared/payments';

/**
 * The only door to the payment provider. Services see this interface, never the Stripe SDK,
 * so checkout and Connect code reads in our words (öre, checkouts, shops) and tests can swap
 * the transport for the local stand-in. Amounts are integer öre: Stripe's minor unit of SEK.
 */
export type PaymentGateway = {
  /** A hosted Checkout page: the card never touches our pages (no Stripe.js, CSP unchanged). */
  createCheckoutSession: (input: {
    checkoutId: string;
    lines: { name: string; amountOre: number; quantity: number }[];
    customerEmail: string | null;
    successUrl: string;
    cancelUrl: string;
    /** Epoch ms; Stripe accepts 30 minutes to 24 hours from now. */
    expiresAt: number;
    idempotencyKey: string;
  }) => Promise<{ sessionId: string; url: string }>;
  /** The charge behind a paid checkout, to transfer from it (`sourceTransaction`). */
  retrievePaymentIntent: (paymentIntentId: string) => Promise<{
    status: string;
    amountOre: number;
    latestChargeId: string | null;
  }>;
  /** Ends an open session, e.g. when the reservation it pays for is released. */
  expireCheckoutSession: (sessionId: string) => Promise<void>;
  /** Money from the platform balance to a shop's connected account. */
  createTransfer: (input: {
    amountOre: number;
    destination: string;
    transferGroup: string;
    /** The charge the money comes from, so the transfer waits for its funds instead of failing. */
    sourceTransaction?: string;
    idempotencyKey: string;
  }) => Promise<{ transferId: string }>;
  /**
   * The transfers Stripe made to `destination` in a checkout's transfer group — also one whose
   * answer never reached us (Stripe made it, then the connection failed).
   */
  listTransfers: (input: {
    transferGroup: string;
    destination: string;
  }) => Promise<{ transferId: string; amountOre: number; reversedOre: number }[]>;
  refundPayment: (input: {
    paymentIntentId: string;
    amountOre: number;
    idempotencyKey: string;
  }) => Promise<{ refundId: string }>;
  /** Takes money back from a shop's account, as a refund of its order needs. */
  reverseTransfer: (input: {
    transferId: string;
    amountOre: number;
    idempotencyKey: string;
  }) => Promise<{ reversalId: string }>;
  createConnectedAccount: (input: {
    email: string | null;
    businessName: string;
    idempotencyKey: string;
  }) => Promise<{ accountId: string }>;
  createAccountLink: (input: {
    accountId: string;
    refreshUrl: string;
    returnUrl: string;
  }) => Promise<{ url: string }>;
  retrieveAccount: (accountId: string) => Promise<ConnectedAccountStatus>;
  /** The event if the body is signed with our webhook secret and recent; else `webhook_signature_invalid`. */
  verifyWebhook: (rawBody: Buffer, signature: string | undefined) => VerifiedEvent;
};

export type ConnectedAccountStatus = {
  chargesEnabled: boolean;
  payoutsEnabled: boolean;
  detailsSubmitted: boolean;
};

/** What a verified webhook carries; each handler validates `object` with its own schema. */
export type VerifiedEvent = { id: string; type: string; createdAt: number; object: unknown };

const currency = 'sek';

/** The gateway for the configured keys, or null: without keys card payment is simply not offered. */
export function createPaymentGateway(config: StripeConfig | null): PaymentGateway | null {
  return config ? createStripeGateway(config) : null;
}

export function createStripeGateway(config: StripeConfig): PaymentGateway {
  const stripe = new Stripe(config.secretKey, {
    // The SDK retries network failures with the same idempotency key, so a retry never pays twice.
    maxNetworkRetries: 2,
    timeout: 20_000,
    telemetry: false,
    ...(config.api ?? {}),
  });

  const gateway: PaymentGateway = {
    async createCheckoutSession(input) {
      const session = await stripe.checkout.sessions.create(
        {
          mode: 'payment',
          line_items: input.lines.map((line) => ({
            quantity: line.quantity,
            price_data: {
              currency,
              unit_amount: line.amountOre,
              product_data: { name: line.name },
            },
          })),
          client_reference_id: input.checkoutId,
          metadata: { checkoutId: input.checkoutId },
          ...(input.customerEmail ? { customer_email: input.customerEmail } : {}),
          success_url: input.successUrl,
          cancel_url: input.cancelUrl,
          expires_at: Math.floor(input.expiresAt / 1000),
          // Separate charges and transfers: the transfers to the shops carry the same group.
          payment_intent_data: {
            transfer_group: input.checkoutId,
            metadata: { checkoutId: input.checkoutId },
          },
        },
        { idempotencyKey: input.idempotencyKey },
      );
      if (!session.url) throw new Error(`Checkout Session ${session.id} came back without a url`);
      return { sessionId: session.id, url: session.url };
    },

    async retrievePaymentIntent(paymentIntentId) {
      const intent = await stripe.paymentIntents.retrieve(paymentIntentId);
      const charge = intent.latest_charge;
      return {
        status: intent.status,
        amountOre: intent.amount,
        latestChargeId: typeof charge === 'string' ? charge : (charge?.id ?? null),
      };
    },

    async expireCheckoutSession(sessionId) {
      await stripe.checkout.sessions.expire(sessionId);
    },

    async createTransfer(input) {
      const transfer = await stripe.transfers.create(
        {
          amount: input.amountOre,
          currency,
          destination: input.destination,
          transfer_group: input.transferGroup,
          ...(input.sourceTransaction ? { source_transaction: input.sourceTransaction } : {}),
        },
        { idempotencyKey: input.idempotencyKey },
      );
      return { transferId: transfer.id };
    },

    async listTransfers(input) {
      const transfers = await stripe.transfers.list({
        transfer_group: input.transferGroup,
        destination: input.destination,
        limit: 100,
      });
      return transfers.data.map((transfer) => ({
        transferId: transfer.id,
        amountOre: transfer.amount,
        reversedOre: transfer.amount_reversed,
      }));
    },

    async refundPayment(input) {
      const refund = await stripe.refunds.create(
        {
          payment_intent: input.paymentIntentId,
          amount: input.amountOre,
          // Ours: a refund without it was made in the dashboard (decision 0070).
          metadata: { ...galleriaRefundMetadata },
        },
        { idempotencyKey: input.idempotencyKey },
      );
      return { refundId: refund.id };
    },

    async reverseTransfer(input) {
      const reversal = await stripe.transfers.createReversal(
        input.transferId,
        { amount: input.amountOre },
        { idempotencyKey: input.idempotencyKey },
      );
      return { reversalId: reversal.id };
    },

    async createConnectedAccount(input) {
      const account = await stripe.accounts.create(
        {
          country: 'SE',
          ...(input.email ? { email: input.email } : {}),
          business_profile: { name: input.businessName },
          // Express-style: Stripe collects the shop's details and hosts its dashboard; the
          // platform pays Stripe's fees and carries losses, as separate charges require.
          controller: {
            stripe_dashboard: { type: 'express' },
            fees: { payer: 'application' },
            losses: { payments: 'application' },
          },
          capabilities: { transfers: { requested: true } },
        },
        { idempotencyKey: input.idempotencyKey },
      );
      return { accountId: account.id };
    },

    async createAccountLink(input) {
      const link = await stripe.accountLinks.create({
        account: input.accountId,
        refresh_url: input.refreshUrl,
        return_url: input.returnUrl,
        type: 'account_onboarding',
      });
      return { url: link.url };
    },

    async retrieveAccount(accountId) {
      const account = await stripe.accounts.retrieve(accountId);
      return {
        chargesEnabled: account.charges_enabled,
        payoutsEnabled: account.payouts_enabled,
        detailsSubmitted: account.details_submitted,
      };
    },

    verifyWebhook(rawBody, signature) {
      if (!signature) throw new AppError('webhook_signature_invalid', 'No Stripe-Signature.');
      let event: Stripe.Event;
      try {
        // The default tolerance (300 s) refuses replays of old captured deliveries.
        event = stripe.webhooks.constructEvent(rawBody, signature, config.webhookSecret);
      } catch (error) {
        if (error instanceof Stripe.errors.StripeSignatureVerificationError)
          throw new AppError('webhook_signature_invalid', error.message);
        throw new AppError('invalid_json', 'The webhook body is not an event.');
      }
      return {
        id: event.id,
        type: event.type,
        createdAt: event.created * 1000,
        object: event.data.object,
      };
    },
  };
  return withProviderErrors(gateway);
}

/**
 * Stripe refusing or unreachable is not our bug: it becomes `payment_provider_error` (502)
 * with Stripe's message for the log, instead of an anonymous 500.
 */
function withProviderErrors(gateway: PaymentGateway): PaymentGateway {
  const wrap =
    <Args extends unknown[], Result>(call: (...args: Args) => Promise<Result>) =>
    async (...args: Args): Promise<Result> => {
      try {
        return await call(...args);
      } catch (error) {
        if (error instanceof Stripe.errors.StripeError)
          throw new AppError('payment_provider_error', `Stripe: ${error.message}`);
        throw error;
      }
    };
  return {
    createCheckoutSession: wrap(gateway.createCheckoutSession),
    retrievePaymentIntent: wrap(gateway.retrievePaymentIntent),
    expireCheckoutSession: wrap(gateway.expireCheckoutSession),
    createTransfer: wrap(gateway.createTransfer),
    listTransfers: wrap(gateway.listTransfers),
    refundPayment: wrap(gateway.refundPayment),
    reverseTransfer: wrap(gateway.reverseTransfer),
    createConnectedAccount: wrap(gateway.createConnectedAccount),
    createAccountLink: wrap(gateway.createAccountLink),
    retrieveAccount: wrap(gateway.retrieveAccount),
    verifyWebhook: gateway.verifyWebhook,
  };
}
