import { z } from 'zod';
import { emailSchema, passwordSchema, userSchema } from './auth.ts';
import { localeSchema } from './locales.ts';
import { roleSchema, scopeTypeSchema } from './roles.ts';

export const createInvitationBodySchema = z
  .object({ email: emailSchema, locale: localeSchema.default('sv') })
  .strict();

export const invitationSchema = z.object({
  id: z.string(),
  email: z.string(),
  role: roleSchema,
  scope: z.object({ type: scopeTypeSchema, id: z.string(), name: z.string(), slug: z.string() }),
  expiresAt: z.string(),
  acceptedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Invitation = z.infer<typeof invitationSchema>;

/** What the person following an invitation link is shown before accepting. */
export const invitationPreviewSchema = invitationSchema
  .pick({ email: true, role: true, scope: true })
  .extend({
    hasAccount: z.boolean(),
  });
export type InvitationPreview = z.infer<typeof invitationPreviewSchema>;

/** A new person sets name and password; someone who already has an account only confirms it. */
export const acceptInvitationBodySchema = z
  .object({
    name: z.string().trim().min(1).max(120).optional(),
    password: passwordSchema,
  })
  .strict();

export const acceptInvitationResponseSchema = z.object({
  user: userSchema,
  redirectTo: z.string(),
});
