import type {
  OnboardingLink,
  OutsideRefundList,
  PaymentDisputeList,
  PlatformFee,
  ShopPaymentStatus,
  UpdatePlatformFeeBody,
} from '@e-galleria/shared/payments';
import { requestJson } from './http-client.ts';

const segment = encodeURIComponent;

/** `payments_not_configured` (409) when the galleria has no Stripe keys. */
export function fetchShopPayments(
  shopId: string,
  signal?: AbortSignal,
): Promise<{ payments: ShopPaymentStatus }> {
  return requestJson(`/v1/shops/${segment(shopId)}/payments`, { signal });
}

export function createOnboardingLink(shopId: string): Promise<OnboardingLink> {
  return requestJson(`/v1/shops/${segment(shopId)}/payments/onboarding-link`, { method: 'POST' });
}

export function fetchPlatformFee(
  slug: string,
  signal?: AbortSignal,
): Promise<{ platformFee: PlatformFee }> {
  return requestJson(`/v1/admin/municipalities/${segment(slug)}/platform-fee`, { signal });
}

export function updatePlatformFee(
  slug: string,
  body: UpdatePlatformFeeBody,
): Promise<{ platformFee: PlatformFee }> {
  return requestJson(`/v1/admin/municipalities/${segment(slug)}/platform-fee`, {
    method: 'PUT',
    body,
  });
}

/** Card refunds made in the payment provider's dashboard, newest first (decision 0070). */
export function listOutsideRefunds(signal?: AbortSignal): Promise<OutsideRefundList> {
  return requestJson('/v1/admin/region/outside-refunds', { signal });
}

/** Card payments disputed with the cardholder's bank, newest first (decision 0070). */
export function listPaymentDisputes(signal?: AbortSignal): Promise<PaymentDisputeList> {
  return requestJson('/v1/admin/region/payment-disputes', { signal });
}

/** Marks a refund made in the dashboard, or a dispute, settled by hand (decision 0070). */
export function settleMoneyTakenBack(kind: 'refund' | 'dispute', id: string): Promise<unknown> {
  const list = kind === 'refund' ? 'outside-refunds' : 'payment-disputes';
  return requestJson(`/v1/admin/region/${list}/${encodeURIComponent(id)}/settle`, {
    method: 'POST',
  });
}
