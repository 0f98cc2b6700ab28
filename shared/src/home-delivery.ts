import { z } from 'zod';
import { calendarDateSchema } from './calendar-date-schemas.ts';
import { emailSchema } from './auth.ts';
import { postalCodeSchema } from './delivery-address.ts';
import { agreementKinds, homeDeliveryEligibilities } from './home-delivery-codes.ts';
import { scheduledDeliverySchema } from './fulfilment.ts';
import { localeSchema } from './locales.ts';
import { isValidOrgNumber } from './org-number.ts';
import { vatClassSchema } from './vat.ts';

// Home delivery's set-up (decision 0020): the municipality's settings, zones and places,
// carriers and agreements; a shop's opt-in; and what the checkout asks of a shop's offer.

const weekdaySchema = z.number().int().min(1).max(7);
const dateSchema = calendarDateSchema;
const oreSchema = z.number().int().min(0).max(1_000_000);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .optional()
    .transform((value) => (value ? value : null));

export {
  agreementKinds,
  homeDeliveryEligibilities,
  type AgreementKind,
  type HomeDeliveryEligibility,
} from './home-delivery-codes.ts';

/** The municipality's settings, written whole. */
export const homeDeliverySettingsBodySchema = z
  .object({
    isEnabled: z.boolean(),
    feeOre: oreSchema,
    subsidisedFeeOre: oreSchema,
    feeVatClass: vatClassSchema.default('standard'),
    eligibility: z.enum(homeDeliveryEligibilities),
    trialStartsOn: dateSchema.nullable().default(null),
    trialEndsOn: dateSchema.nullable().default(null),
    phone: optionalText(30),
    publicNote: optionalText(1000),
  })
  .strict()
  .refine((body) => (body.trialStartsOn === null) === (body.trialEndsOn === null), {
    message: 'a trial period needs both a start and an end',
    path: ['trialEndsOn'],
  })
  .refine(
    (body) => !body.trialStartsOn || !body.trialEndsOn || body.trialStartsOn <= body.trialEndsOn,
    { message: 'the trial ends on or after it starts', path: ['trialEndsOn'] },
  );
export type HomeDeliverySettingsBody = z.input<typeof homeDeliverySettingsBodySchema>;
export type HomeDeliverySettingsInput = z.output<typeof homeDeliverySettingsBodySchema>;

export const homeDeliverySettingsSchema = z.object({
  isEnabled: z.boolean(),
  feeOre: z.number().int(),
  subsidisedFeeOre: z.number().int(),
  feeVatClass: vatClassSchema,
  eligibility: z.enum(homeDeliveryEligibilities),
  trialStartsOn: z.string().nullable(),
  trialEndsOn: z.string().nullable(),
  phone: z.string().nullable(),
  publicNote: z.string().nullable(),
});
export type HomeDeliverySettings = z.infer<typeof homeDeliverySettingsSchema>;

const placeSchema = z
  .object({
    postalCode: postalCodeSchema,
    village: z.string().trim().min(1).max(80),
    /** A locality of more than 3,000 inhabitants: no state subsidy there. */
    isLargeLocality: z.boolean().default(false),
  })
  .strict();

/** A zone with its places and route days, written whole. */
export const deliveryZoneBodySchema = z
  .object({
    name: z.string().trim().min(1).max(80),
    isActive: z.boolean().default(true),
    routeDays: z.array(scheduledDeliverySchema).max(7),
    places: z.array(placeSchema).min(1).max(200),
  })
  .strict()
  .refine(
    (zone) => new Set(zone.routeDays.map((day) => day.weekday)).size === zone.routeDays.length,
    { message: 'one route day per weekday', path: ['routeDays'] },
  )
  .refine((zone) => !zone.isActive || zone.routeDays.length > 0, {
    message: 'an active zone needs at least one route day',
    path: ['routeDays'],
  });
export type DeliveryZoneBody = z.input<typeof deliveryZoneBodySchema>;
export type DeliveryZoneInput = z.output<typeof deliveryZoneBodySchema>;

export const deliveryZoneSchema = z.object({
  id: z.string(),
  name: z.string(),
  isActive: z.boolean(),
  routeDays: z.array(scheduledDeliverySchema),
  places: z.array(
    z.object({ postalCode: z.string(), village: z.string(), isLargeLocality: z.boolean() }),
  ),
});
export type DeliveryZone = z.infer<typeof deliveryZoneSchema>;

/** A carrier with the zones it drives, written whole. */
export const carrierBodySchema = z
  .object({
    name: z.string().trim().min(1).max(120),
    orgNumber: z
      .string()
      .trim()
      // One check, one error: the pattern NNNNNN-NNNN and the control digit.
      .refine(isValidOrgNumber, 'an organisation number such as 556036-0793'),
    contactName: optionalText(120),
    contactEmail: z
      .email()
      .max(254)
      .nullable()
      .optional()
      .transform((value) => value ?? null),
    contactPhone: optionalText(30),
    isActive: z.boolean().default(true),
    zones: z
      .array(
        z
          .object({
            zoneId: z.string().min(1).max(36),
            weekdays: z
              .array(weekdaySchema)
              .min(1)
              .max(7)
              .refine((days) => new Set(days).size === days.length, 'each weekday once'),
          })
          .strict(),
      )
      .max(100),
  })
  .strict()
  .refine(
    (carrier) => new Set(carrier.zones.map((zone) => zone.zoneId)).size === carrier.zones.length,
    {
      message: 'each zone once',
      path: ['zones'],
    },
  );
export type CarrierBody = z.input<typeof carrierBodySchema>;
export type CarrierInput = z.output<typeof carrierBodySchema>;

export const carrierSchema = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  orgNumber: z.string(),
  contactName: z.string().nullable(),
  contactEmail: z.string().nullable(),
  contactPhone: z.string().nullable(),
  isActive: z.boolean(),
  zones: z.array(
    z.object({ zoneId: z.string(), zoneName: z.string(), weekdays: z.array(z.number()) }),
  ),
});
export type Carrier = z.infer<typeof carrierSchema>;

/** An agreement (avtal) with a shop: without a valid one the shop cannot offer home delivery. */
export const agreementBodySchema = z
  .object({
    shopId: z.string().min(1).max(36),
    kind: z.enum(agreementKinds),
    validFrom: dateSchema,
    validTo: dateSchema.nullable().default(null),
    note: optionalText(1000),
  })
  .strict()
  .refine((body) => body.validTo === null || body.validFrom <= body.validTo, {
    message: 'the agreement ends on or after it starts',
    path: ['validTo'],
  });
export type AgreementBody = z.input<typeof agreementBodySchema>;
export type AgreementInput = z.output<typeof agreementBodySchema>;

export const agreementSchema = z.object({
  id: z.string(),
  shop: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
  kind: z.enum(agreementKinds),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  note: z.string().nullable(),
  /** Whether it covers today (Swedish date). */
  isValidToday: z.boolean(),
});
export type Agreement = z.infer<typeof agreementSchema>;

/** The municipality admin's whole set-up, for one page. */
export const municipalityHomeDeliverySchema = z.object({
  municipality: z.object({ slug: z.string(), name: z.string() }),
  settings: homeDeliverySettingsSchema,
  zones: z.array(deliveryZoneSchema),
  carriers: z.array(carrierSchema),
  agreements: z.array(agreementSchema),
});
export type MunicipalityHomeDelivery = z.infer<typeof municipalityHomeDeliverySchema>;

/** A shop's opt-in, written whole. */
export const shopHomeDeliveryBodySchema = z
  .object({
    isEnabled: z.boolean(),
    zoneIds: z.array(z.string().min(1).max(36)).max(100),
    carrierIds: z.array(z.string().min(1).max(36)).max(50),
    extraFeeOre: oreSchema.default(0),
    /** Hours before the zone's cut-off the shop stops taking orders (its packing time). */
    extraCutoffHours: z.number().int().min(0).max(168).default(0),
  })
  .strict()
  .refine((body) => !body.isEnabled || body.zoneIds.length > 0, {
    message: 'choose at least one zone',
    path: ['zoneIds'],
  })
  .refine((body) => !body.isEnabled || body.carrierIds.length > 0, {
    message: 'choose at least one carrier',
    path: ['carrierIds'],
  });
export type ShopHomeDeliveryBody = z.input<typeof shopHomeDeliveryBodySchema>;
export type ShopHomeDeliveryInput = z.output<typeof shopHomeDeliveryBodySchema>;

/** What the shop owner sees: its choice, and what it may choose from. */
export const shopHomeDeliverySchema = z.object({
  isEnabled: z.boolean(),
  zoneIds: z.array(z.string()),
  carrierIds: z.array(z.string()),
  extraFeeOre: z.number().int(),
  extraCutoffHours: z.number().int(),
  /** The shop's agreements, newest first. */
  agreements: z.array(agreementSchema),
  hasValidAgreement: z.boolean(),
  /** Zones and carriers of the municipalities it has a valid agreement with. */
  availableZones: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      municipality: z.object({ slug: z.string(), name: z.string() }),
      villages: z.array(z.string()),
      routeWeekdays: z.array(z.number()),
    }),
  ),
  availableCarriers: z.array(
    z.object({ id: z.string(), name: z.string(), zoneIds: z.array(z.string()) }),
  ),
});
export type ShopHomeDelivery = z.infer<typeof shopHomeDeliverySchema>;

/** The checkout's question: may this shop deliver home to this place? */
export const shopHomeDeliveryQuerySchema = z
  .object({
    postalCode: postalCodeSchema.optional(),
    village: z.string().trim().min(1).max(80).optional(),
  })
  .strict();

/** A zone as a resident reads it: its villages and the weekdays goods are driven out. */
export const publicDeliveryZoneSchema = z.object({
  name: z.string(),
  villages: z.array(z.string()),
  routeWeekdays: z.array(z.number().int()),
});
export type PublicDeliveryZone = z.infer<typeof publicDeliveryZoneSchema>;

export const shopHomeDeliveryOfferSchema = z.object({
  /** With a postal code: whether the shop delivers there; without: whether it delivers home at all. */
  isOffered: z.boolean(),
  refusal: z
    .object({ code: z.string(), field: z.string().nullable(), message: z.string() })
    .nullable(),
  offer: z
    .object({
      date: calendarDateSchema,
      /** ISO instant: the last moment an order makes `date`. */
      orderBy: z.string(),
      feeOre: z.number().int(),
      subsidisedFeeOre: z.number().int(),
      zoneName: z.string(),
      /** Whose home delivery it is: a resident's household approved there pays the lower fee. */
      municipalitySlug: z.string(),
      isForApprovedOnly: z.boolean(),
    })
    .nullable(),
  zones: z.array(publicDeliveryZoneSchema),
});
export type ShopHomeDeliveryOffer = z.infer<typeof shopHomeDeliveryOfferSchema>;

/** A municipality's public page about its home delivery. */
export const publicHomeDeliverySchema = z.object({
  municipality: z.object({ slug: z.string(), name: z.string() }),
  isEnabled: z.boolean(),
  feeOre: z.number().int(),
  subsidisedFeeOre: z.number().int(),
  eligibility: z.enum(homeDeliveryEligibilities),
  trialStartsOn: z.string().nullable(),
  trialEndsOn: z.string().nullable(),
  phone: z.string().nullable(),
  publicNote: z.string().nullable(),
  zones: z.array(publicDeliveryZoneSchema),
  shops: z.array(z.object({ slug: z.string(), name: z.string(), phone: z.string().nullable() })),
  carriers: z.array(z.object({ name: z.string() })),
});
export type PublicHomeDelivery = z.infer<typeof publicHomeDeliverySchema>;

/** The municipality invites a carrier's staff, like a service point's operators. */
export const inviteCarrierStaffBodySchema = z
  .object({ email: emailSchema, locale: localeSchema.default('sv') })
  .strict();
export type InviteCarrierStaffBody = z.input<typeof inviteCarrierStaffBodySchema>;

/** Someone who holds the carrier role for a carrier. */
export const carrierStaffSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  since: z.string(),
});
export type CarrierStaff = z.infer<typeof carrierStaffSchema>;

/** The municipalities of the region that deliver home now, for the region's front page. */
export const homeDeliveryMunicipalitiesSchema = z.object({
  items: z.array(z.object({ slug: z.string(), name: z.string() })),
});
