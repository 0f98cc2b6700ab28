import { z } from 'zod';
import { reservedSlugs } from './slugify.ts';

export const slugSchema = z
  .string()
  .min(2)
  .max(60)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase letters a–z, digits and single hyphens')
  .refine((slug) => !reservedSlugs.has(slug), 'reserved for the storefront’s own pages');
