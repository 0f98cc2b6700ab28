import { z } from 'zod';
import { emailSchema } from './auth.ts';
import { phoneNumberSchema, postalCodeSchema } from './delivery-address.ts';
import { localeSchema } from './locales.ts';
import {
  maxDeclineReasonLength,
  maxPreferredTimeLength,
  maxRequestMessageLength,
} from './service-request-limits.ts';

/**
 * A service request (förfrågan, decision 0071): a resident asks a shop for a service it does
 * at the resident's home on request (`isBookedWithShop`). It is not an order: nothing is paid
 * or promised through the galleria. The shop calls back, and they agree on time, address and
 * payment themselves.
 */
export const serviceRequestStatuses = ['new', 'answered', 'declined'] as const;
export type ServiceRequestStatus = (typeof serviceRequestStatuses)[number];

/** What the product page's form sends. Flat, so each field's error names the field. */
export const serviceRequestBodySchema = z
  .object({
    name: z.string().trim().min(1).max(120),
    email: emailSchema,
    /** Required: the shop calls back. */
    phone: phoneNumberSchema,
    streetAddress: z.string().trim().min(1).max(120),
    postalCode: postalCodeSchema,
    village: z.string().trim().min(1).max(80),
    /** "När passar det?" in the resident's own words. */
    preferredTime: z.string().trim().min(1).max(maxPreferredTimeLength),
    message: z.string().trim().max(maxRequestMessageLength).optional(),
    /** The language of the receipt; the page's language. */
    locale: localeSchema.optional(),
  })
  .strict();
export type ServiceRequestBody = z.input<typeof serviceRequestBodySchema>;
export type ServiceRequestInput = z.output<typeof serviceRequestBodySchema>;

/** A shop declines, with a short reason mailed to the resident if it gives one. */
export const declineServiceRequestBodySchema = z
  .object({ reason: z.string().trim().max(maxDeclineReasonLength).optional() })
  .strict();
export type DeclineServiceRequestBody = z.input<typeof declineServiceRequestBodySchema>;

/** The answer to the resident: which shop will call. */
export type ServiceRequestSent = { shopName: string; productTitle: string };

/** A request as the shop's owner and staff see it. */
export type ShopServiceRequest = {
  id: string;
  productId: string | null;
  /** The title when it was asked for: the product may have been renamed or removed since. */
  productTitle: string;
  name: string;
  email: string;
  phone: string;
  streetAddress: string;
  postalCode: string;
  village: string;
  preferredTime: string;
  message: string | null;
  status: ServiceRequestStatus;
  declineReason: string | null;
  createdAt: string;
  handledAt: string | null;
};

/** A request as the resident who made it while logged in sees it in their account. */
export type OwnServiceRequest = {
  id: string;
  productId: string | null;
  productTitle: string;
  shopName: string;
  preferredTime: string;
  status: ServiceRequestStatus;
  declineReason: string | null;
  createdAt: string;
  handledAt: string | null;
};

/** Requests are erased this many days after they were made (decision 0071). */
export const serviceRequestRetentionDays = 180;
