import { z } from 'zod';

/**
 * Every error the API can answer with. Clients branch on these codes, never on message text,
 * so a code, once shipped, keeps its meaning.
 */
export const errorCodes = [
  'validation_failed',
  'invalid_json',
  'unsupported_media_type',
  'payload_too_large',
  'not_found',
  'method_not_allowed',
  'unauthenticated',
  'forbidden',
  'cross_site_request_rejected',
  'invalid_credentials',
  'rate_limited',
  'account_locked',
  'email_taken',
  'slug_taken',
  'invalid_token',
  'invalid_image',
  'status_conflict',
  'report_locked',
  'sku_taken',
  'product_has_variants',
  'last_variant',
  'variant_ordered',
  'import_has_errors',
  'image_limit_reached',
  'host_shop_not_allowed',
  'service_point_unavailable',
  'basket_empty',
  'basket_changed',
  'out_of_stock',
  'slot_unavailable',
  'booked_with_shop',
  /** A service request for a product that is not a service at home on request (0071). */
  'not_requested_with_shop',
  'not_enough_places',
  'fulfilment_unavailable',
  'home_delivery_needs_approval',
  'storage_not_supported',
  'payment_method_unavailable',
  'idempotency_key_reused',
  'payments_not_configured',
  'payment_provider_error',
  'webhook_signature_invalid',
  'household_exists',
  /** A dated thing whose period overlaps another of the same kind (`overlaps` says which). */
  'agreement_overlaps',
  'internal_error',
  /** GET /api/ready: the database does not answer, or a migration is pending. */
  'not_ready',
] as const;

export const errorCodeSchema = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const fieldErrorSchema = z.object({
  /** Dotted path into the request body or query, e.g. `frontPage.sv.title`. */
  field: z.string(),
  code: z.string(),
  message: z.string(),
});
export type FieldError = z.infer<typeof fieldErrorSchema>;

/** An existing dated record a new period clashes with: which one, and when it is valid. */
export const overlappedPeriodSchema = z.object({
  id: z.string(),
  validFrom: z.string(),
  /** Null: until further notice. */
  validTo: z.string().nullable(),
});
export type OverlappedPeriod = z.infer<typeof overlappedPeriodSchema>;

/** RFC 9457 problem details as this API sends them. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: errorCodeSchema,
  detail: z.string().optional(),
  requestId: z.string().optional(),
  errors: z.array(fieldErrorSchema).optional(),
  /** `out_of_stock`, `not_enough_places`: how many are left, for "Bara 2 kvar i lager". */
  left: z.number().int().min(0).optional(),
  /** `agreement_overlaps`: the existing one whose period the refused one overlaps. */
  overlaps: overlappedPeriodSchema.optional(),
});
export type Problem = z.infer<typeof problemSchema>;
