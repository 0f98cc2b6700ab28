import { z } from 'zod';
import { calendarDateSchema } from './calendar-date-schemas.ts';
import { emailSchema } from './auth.ts';
import { storedImageSchema } from './images.ts';
import { localeSchema } from './locales.ts';
import { fieldRule } from './field-rules.ts';
import { isValidOrgNumber, isVatNumberConsistent } from './org-number.ts';
import { shopStatuses } from './shop-status.ts';

export { shopStatuses };
export const shopStatusSchema = z.enum(shopStatuses);
export type ShopStatus = z.infer<typeof shopStatusSchema>;

export const listingStatuses = ['requested', 'approved', 'declined'] as const;
export const listingStatusSchema = z.enum(listingStatuses);
export type ListingStatus = z.infer<typeof listingStatusSchema>;

export const descriptionMaxLength = 5000;

const timeSchema = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'a time such as 09:30');

export const openingIntervalSchema = z
  .object({ opens: timeSchema, closes: timeSchema })
  .strict()
  .refine(
    (interval) => interval.opens < interval.closes,
    fieldRule('closes_before_opens', 'closes after it opens', ['closes']),
  );

export const weeklyIntervalSchema = z
  .object({ weekday: z.number().int().min(1).max(7), opens: timeSchema, closes: timeSchema })
  .strict()
  .refine(
    (interval) => interval.opens < interval.closes,
    fieldRule('closes_before_opens', 'closes after it opens', ['closes']),
  );
export type WeeklyInterval = z.infer<typeof weeklyIntervalSchema>;

/** A dated exception such as a holiday: closed all day, or open only in its own intervals. */
export const openingExceptionSchema = z
  .object({
    date: calendarDateSchema,
    closed: z.boolean(),
    intervals: z.array(openingIntervalSchema).max(4).default([]),
    note: z.string().trim().max(120).default(''),
  })
  .strict()
  .refine((exception) => exception.closed || exception.intervals.length > 0, {
    message: 'an open day needs at least one interval',
    path: ['intervals'],
  });
export type OpeningException = z.infer<typeof openingExceptionSchema>;

export const openingHoursSchema = z
  .object({
    weekly: z.array(weeklyIntervalSchema).max(28),
    exceptions: z.array(openingExceptionSchema).max(60),
  })
  .strict();
export type OpeningHours = z.infer<typeof openingHoursSchema>;

export const orgNumberSchema = z
  .string()
  .trim()
  .regex(/^\d{6}-\d{4}$/, 'an organisation number such as 556036-0793')
  .refine(
    isValidOrgNumber,
    fieldRule('org_number_check_digit', 'the control digit does not match'),
  );

export const vatNumberSchema = z
  .string()
  .trim()
  .regex(/^SE\d{10}01$/, 'a VAT number such as SE556036079301');

const phoneSchema = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ()-]{5,20}$/, 'a phone number such as 0961-123 45');

export const updateShopProfileBodySchema = z
  .object({
    name: z.string().trim().min(2).max(120).optional(),
    orgNumber: orgNumberSchema.nullable().optional(),
    vatNumber: vatNumberSchema.nullable().optional(),
    streetAddress: z.string().trim().max(200).nullable().optional(),
    postalCode: z
      .string()
      .trim()
      .regex(/^\d{3} ?\d{2}$/, 'a postal code such as 930 90')
      .nullable()
      .optional(),
    city: z.string().trim().max(80).nullable().optional(),
    village: z.string().trim().max(80).nullable().optional(),
    description: z.string().max(descriptionMaxLength).optional(),
    contactEmail: emailSchema.nullable().optional(),
    contactPhone: phoneSchema.nullable().optional(),
    websiteUrl: z
      .url({ protocol: /^https?$/ })
      .max(300)
      .nullable()
      .optional(),
    categoryIds: z.array(z.string().max(60)).max(5).optional(),
    openingHours: openingHoursSchema.optional(),
    /** The language the shop writes its own texts in (decision 0073). */
    contentLocale: localeSchema.optional(),
  })
  .strict()
  .refine(
    (body) =>
      !body.vatNumber || !body.orgNumber || isVatNumberConsistent(body.vatNumber, body.orgNumber),
    fieldRule(
      'vat_number_mismatch',
      'the VAT number must be SE, the organisation number’s digits and 01',
      ['vatNumber'],
    ),
  );
export type UpdateShopProfileBody = z.infer<typeof updateShopProfileBodySchema>;

export const categorySchema = z.object({
  id: z.string(),
  slug: z.string(),
  /** In every language the galleria speaks: categories are the galleria's own words. */
  name: z.object({ sv: z.string(), en: z.string(), fi: z.string() }),
});
export type Category = z.infer<typeof categorySchema>;

const municipalityRefSchema = z.object({ slug: z.string(), name: z.string() });

/** A shop as the storefront lists it. */
export const shopSummarySchema = z.object({
  slug: z.string(),
  name: z.string(),
  village: z.string().nullable(),
  city: z.string().nullable(),
  categories: z.array(categorySchema),
  openingHours: openingHoursSchema,
  /** Where the shop is from; differs from the galleria's municipality for a listed shop. */
  homeMunicipality: municipalityRefSchema,
  logo: storedImageSchema.nullable(),
  /** A wide 3 : 1 picture: the top of the shop's card and page. */
  cover: storedImageSchema.nullable(),
});
export type ShopSummary = z.infer<typeof shopSummarySchema>;

/** `GET /region/shop-counts`: how many published shops each municipality's galleria shows. */
export const shopCountSchema = z.object({
  municipalitySlug: z.string(),
  /** Its own shops and those listed there, published. */
  publishedShops: z.number().int(),
});
export type ShopCount = z.infer<typeof shopCountSchema>;

/** The storefront's shop page. */
export const shopPageSchema = shopSummarySchema.extend({
  /** For the page's requests about the shop, such as how its goods can be received. */
  id: z.string(),
  description: z.string(),
  streetAddress: z.string().nullable(),
  postalCode: z.string().nullable(),
  contactEmail: z.string().nullable(),
  contactPhone: z.string().nullable(),
  websiteUrl: z.string().nullable(),
  orgNumber: z.string().nullable(),
  /** The language of the shop's own texts: its description is marked with it (`lang`). */
  contentLocale: localeSchema,
});
export type ShopPage = z.infer<typeof shopPageSchema>;

export const shopListingSchema = z.object({
  municipality: municipalityRefSchema,
  status: listingStatusSchema,
  requestedAt: z.string(),
  decidedAt: z.string().nullable(),
});
export type ShopListing = z.infer<typeof shopListingSchema>;

/** What the owner, the staff and the reviewing admins see of a shop. */
export const shopDetailSchema = shopPageSchema.extend({
  id: z.string(),
  status: shopStatusSchema,
  vatNumber: z.string().nullable(),
  reviewComment: z.string().nullable(),
  submittedAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  updatedAt: z.string(),
  listings: z.array(shopListingSchema),
  /**
   * How many goods and services the shop has published: none means an approved shop would be
   * in the galleria with nothing to buy yet, which the review page warns of (decision 0069).
   */
  publishedCatalogue: z.object({ goods: z.number().int(), services: z.number().int() }),
});
export type ShopDetail = z.infer<typeof shopDetailSchema>;

export const adminShopListItemSchema = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  status: shopStatusSchema,
  village: z.string().nullable(),
  submittedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type AdminShopListItem = z.infer<typeof adminShopListItemSchema>;

export const adminShopListQuerySchema = z.object({ status: shopStatusSchema.optional() }).strict();

export const publicShopListQuerySchema = z
  .object({
    category: z.string().max(60).optional(),
    village: z.string().max(80).optional(),
    openNow: z.enum(['0', '1']).optional(),
  })
  .strict();
export type PublicShopListQuery = z.infer<typeof publicShopListQuerySchema>;

export const inviteShopBodySchema = z
  .object({
    email: emailSchema,
    shopName: z.string().trim().min(2).max(120),
    locale: localeSchema.default('sv'),
  })
  .strict();
export type InviteShopBody = z.input<typeof inviteShopBodySchema>;

export const inviteStaffBodySchema = z
  .object({ email: emailSchema, locale: localeSchema.default('sv') })
  .strict();

export const returnShopBodySchema = z
  .object({ comment: z.string().trim().min(1).max(2000) })
  .strict();

export const requestListingBodySchema = z
  .object({ municipalitySlug: z.string().min(1).max(60) })
  .strict();

export const listingRequestSchema = z.object({
  shop: z.object({
    id: z.string(),
    slug: z.string(),
    name: z.string(),
    homeMunicipality: municipalityRefSchema,
  }),
  status: listingStatusSchema,
  requestedAt: z.string(),
  decidedAt: z.string().nullable(),
});
export type ListingRequest = z.infer<typeof listingRequestSchema>;

export const auditActions = [
  'shop.invited',
  'shop.owner_joined',
  'shop.staff_invited',
  'shop.staff_joined',
  'shop.profile_updated',
  'shop.submitted',
  'shop.approved',
  'shop.returned',
  'shop.suspended',
  'shop.reinstated',
  'shop.listing_requested',
  'shop.listing_approved',
  'shop.listing_declined',
  'service_point.created',
  'service_point.updated',
  'service_point.closed',
  'service_point.reopened',
  'service_point.operator_invited',
  'service_point.operator_joined',
  'shop.fulfilment_updated',
  'home_delivery.settings_updated',
  'home_delivery.zone_created',
  'home_delivery.zone_updated',
  'home_delivery.zone_deleted',
  'home_delivery.agreement_created',
  'home_delivery.agreement_updated',
  'home_delivery.agreement_deleted',
  'home_delivery.carrier_created',
  'home_delivery.carrier_updated',
  'home_delivery.carrier_removed',
] as const;
export const auditActionSchema = z.enum(auditActions);
export type AuditAction = z.infer<typeof auditActionSchema>;

export const auditEventSchema = z.object({
  id: z.string(),
  action: auditActionSchema,
  shop: z.object({ id: z.string(), name: z.string() }).nullable(),
  actor: z.object({ id: z.string(), name: z.string() }).nullable(),
  details: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;
