import { z } from 'zod';
import { storedImageSchema } from './images.ts';
import { localizedTextSchema } from './locales.ts';
import { slugSchema } from './slug.ts';

import { municipalityStatuses } from './municipality-status.ts';
export const municipalityStatusSchema = z.enum(municipalityStatuses);
export type MunicipalityStatus = z.infer<typeof municipalityStatusSchema>;

/** The stable list item of DESIGN §9. */
export const municipalitySummarySchema = z.object({
  slug: z.string(),
  name: z.string(),
  status: municipalityStatusSchema,
});
export type MunicipalitySummary = z.infer<typeof municipalitySummarySchema>;

const hexColorSchema = z.string().regex(/^#[0-9a-f]{6}$/i, 'a colour such as #1d4f91');

export const frontPageSchema = z
  .object({ title: localizedTextSchema, intro: localizedTextSchema })
  .strict();
export type FrontPage = z.infer<typeof frontPageSchema>;

/** What the storefront shows of a municipality. */
export const municipalityPublicSchema = municipalitySummarySchema.extend({
  contactEmail: z.string().nullable(),
  contactPhone: z.string().nullable(),
  primaryColor: z.string(),
  /** One URL every client can show (the fallback format); `logo` has the responsive set. */
  logoUrl: z.string().nullable(),
  logo: storedImageSchema.nullable(),
  frontPage: frontPageSchema,
});
export type MunicipalityPublic = z.infer<typeof municipalityPublicSchema>;

/** What its admins see and edit. */
export const municipalitySettingsSchema = municipalityPublicSchema.extend({
  id: z.string(),
  regionSlug: z.string(),
  updatedAt: z.string(),
});
export type MunicipalitySettings = z.infer<typeof municipalitySettingsSchema>;

export const updateMunicipalitySettingsBodySchema = z
  .object({
    name: z.string().trim().min(2).max(80).optional(),
    contactEmail: z.email().max(254).nullable().optional(),
    contactPhone: z
      .string()
      .trim()
      .regex(/^\+?[0-9 ()-]{5,20}$/, 'a phone number such as 0961-123 45')
      .nullable()
      .optional(),
    primaryColor: hexColorSchema.optional(),
    frontPage: frontPageSchema.optional(),
  })
  .strict();
export type UpdateMunicipalitySettingsBody = z.infer<typeof updateMunicipalitySettingsBodySchema>;

export const createMunicipalityBodySchema = z
  .object({
    name: z.string().trim().min(2).max(80),
    slug: slugSchema,
    status: municipalityStatusSchema.default('onboarding'),
  })
  .strict();

export const regionSchema = z.object({ slug: z.string(), name: z.string() });
