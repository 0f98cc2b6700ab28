import { z } from 'zod';
import { localeSchema } from './locales.ts';
import { emailSchema } from './auth.ts';
import {
  defaultHoldDays,
  maxHoldDays,
  servicePointAmenities,
  servicePointKinds,
  servicePointStatuses,
} from './service-point-codes.ts';
import { openingHoursSchema } from './shops.ts';

export {
  defaultHoldDays,
  maxHoldDays,
  servicePointAmenities,
  servicePointKinds,
  servicePointStatuses,
};

export const servicePointKindSchema = z.enum(servicePointKinds);
export type ServicePointKind = z.infer<typeof servicePointKindSchema>;
export const servicePointAmenitySchema = z.enum(servicePointAmenities);
export type ServicePointAmenity = z.infer<typeof servicePointAmenitySchema>;
export const servicePointStatusSchema = z.enum(servicePointStatuses);
export type ServicePointStatus = z.infer<typeof servicePointStatusSchema>;

const latitudeSchema = z.number().min(-90).max(90);
const longitudeSchema = z.number().min(-180).max(180);

/** Each amenity at most once; the order of the list is the canonical one. */
const amenitiesSchema = z
  .array(servicePointAmenitySchema)
  .max(servicePointAmenities.length)
  .refine((codes) => new Set(codes).size === codes.length, 'each amenity once')
  .transform((codes) => servicePointAmenities.filter((code) => codes.includes(code)));

const fields = {
  name: z.string().trim().min(2).max(120),
  kind: servicePointKindSchema,
  /** A shop of the galleria (of the same municipality, or listed there) … */
  hostShopId: z.string().min(1).max(36).nullable(),
  /** … or a free-text organisation such as "Laisvall byaförening". */
  hostName: z.string().trim().min(2).max(120).nullable(),
  streetAddress: z.string().trim().min(2).max(200),
  postalCode: z
    .string()
    .trim()
    .regex(/^\d{3} ?\d{2}$/, 'a postal code such as 930 90'),
  village: z.string().trim().min(2).max(80),
  latitude: latitudeSchema.nullable(),
  longitude: longitudeSchema.nullable(),
  openingHours: openingHoursSchema,
  amenities: amenitiesSchema,
  holdDays: z.number().int().min(1).max(maxHoldDays),
};

type HostAndPosition = {
  hostShopId?: string | null | undefined;
  hostName?: string | null | undefined;
  latitude?: number | null | undefined;
  longitude?: number | null | undefined;
};

const oneHost = (body: HostAndPosition) => !(body.hostShopId && body.hostName);
const oneHostIssue = { message: 'a host shop or a host name, not both', path: ['hostName'] };
/** A map position is both coordinates or none: half a position cannot be drawn. */
const wholePosition = (body: HostAndPosition) =>
  (body.latitude === undefined) === (body.longitude === undefined) &&
  (body.latitude === null) === (body.longitude === null);
const wholePositionIssue = {
  message: 'latitude and longitude together, or neither',
  path: ['longitude'],
};

export const createServicePointBodySchema = z
  .object({
    ...fields,
    hostShopId: fields.hostShopId.default(null),
    hostName: fields.hostName.default(null),
    latitude: fields.latitude.default(null),
    longitude: fields.longitude.default(null),
    openingHours: fields.openingHours.default({ weekly: [], exceptions: [] }),
    amenities: fields.amenities.default([]),
    holdDays: fields.holdDays.default(defaultHoldDays),
  })
  .strict()
  .refine(oneHost, oneHostIssue)
  .refine(wholePosition, wholePositionIssue);
export type CreateServicePointBody = z.input<typeof createServicePointBodySchema>;
export type CreateServicePointInput = z.output<typeof createServicePointBodySchema>;

/** A partial change; `status: 'closed'` closes the point (never a delete). */
export const updateServicePointBodySchema = z
  .object({
    name: fields.name.optional(),
    kind: fields.kind.optional(),
    hostShopId: fields.hostShopId.optional(),
    hostName: fields.hostName.optional(),
    streetAddress: fields.streetAddress.optional(),
    postalCode: fields.postalCode.optional(),
    village: fields.village.optional(),
    latitude: fields.latitude.optional(),
    longitude: fields.longitude.optional(),
    openingHours: fields.openingHours.optional(),
    amenities: fields.amenities.optional(),
    holdDays: fields.holdDays.optional(),
    status: servicePointStatusSchema.optional(),
  })
  .strict()
  .refine(oneHost, oneHostIssue)
  .refine(wholePosition, wholePositionIssue);
export type UpdateServicePointBody = z.input<typeof updateServicePointBodySchema>;
export type UpdateServicePointInput = z.output<typeof updateServicePointBodySchema>;

export const inviteServicePointOperatorBodySchema = z
  .object({ email: emailSchema, locale: localeSchema.default('sv') })
  .strict();
export type InviteServicePointOperatorBody = z.input<typeof inviteServicePointOperatorBodySchema>;

export const adminServicePointListQuerySchema = z
  .object({ status: servicePointStatusSchema.optional() })
  .strict();

const positionSchema = z.object({ latitude: z.number(), longitude: z.number() });
export type ServicePointPosition = z.infer<typeof positionSchema>;

/** Who hosts the point: a galleria shop (linked) or an organisation by name. */
const hostSchema = z.object({
  name: z.string(),
  shop: z.object({ slug: z.string(), name: z.string(), municipalitySlug: z.string() }).nullable(),
});
export type ServicePointHost = z.infer<typeof hostSchema>;

/** A service point as the storefront lists it. */
export const servicePointSummarySchema = z.object({
  slug: z.string(),
  name: z.string(),
  kind: servicePointKindSchema,
  village: z.string(),
  streetAddress: z.string(),
  postalCode: z.string(),
  position: positionSchema.nullable(),
  openingHours: openingHoursSchema,
  amenities: z.array(servicePointAmenitySchema),
  host: hostSchema.nullable(),
  municipality: z.object({ slug: z.string(), name: z.string() }),
});
export type ServicePointSummary = z.infer<typeof servicePointSummarySchema>;

/** The storefront's page of one service point. */
export const servicePointPageSchema = servicePointSummarySchema.extend({
  holdDays: z.number().int(),
});
export type ServicePointPage = z.infer<typeof servicePointPageSchema>;

/** What the municipality's admins (and the point's operators) see and edit. */
export const servicePointDetailSchema = servicePointPageSchema.extend({
  id: z.string(),
  status: servicePointStatusSchema,
  hostShopId: z.string().nullable(),
  hostName: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ServicePointDetail = z.infer<typeof servicePointDetailSchema>;

/** A person who holds `service_point_operator` for the point. */
export const servicePointOperatorSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  since: z.string(),
});
export type ServicePointOperator = z.infer<typeof servicePointOperatorSchema>;

/** The storefront map's tile source; null when the deployment turned the map off. */
export const mapSettingsSchema = z.object({
  map: z.object({ tileUrl: z.string(), attribution: z.string() }).nullable(),
});
export type MapSettings = z.infer<typeof mapSettingsSchema>;
