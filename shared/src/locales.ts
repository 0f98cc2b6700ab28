import { z } from 'zod';

/**
 * Swedish first, English complete, Finnish for the Finnish administrative area's residents
 * (DESIGN §8, decision 0072).
 */
export const locales = ['sv', 'en', 'fi'] as const;
export const localeSchema = z.enum(locales);
export type Locale = z.infer<typeof localeSchema>;
export const defaultLocale: Locale = 'sv';

/** A text a municipality writes once per language; Swedish is required, others fall back to it. */
export const localizedTextSchema = z
  .object({
    sv: z.string().trim().max(4000),
    en: z.string().trim().max(4000).optional(),
    fi: z.string().trim().max(4000).optional(),
  })
  .strict();
export type LocalizedText = z.infer<typeof localizedTextSchema>;
