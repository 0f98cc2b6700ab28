import { z } from 'zod';
import { localeSchema } from './locales.ts';
import { roleAssignmentSchema } from './roles.ts';

export const emailSchema = z.string().trim().toLowerCase().max(254).pipe(z.email());

/**
 * Length is what makes a password strong; NIST SP 800-63B asks for at least 8 and no
 * composition rules. We ask for 10 because these accounts handle other people's money.
 */
export const passwordSchema = z.string().min(10).max(256);

export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  locale: localeSchema,
});
export type User = z.infer<typeof userSchema>;

export const loginBodySchema = z
  .object({ email: emailSchema, password: z.string().min(1).max(256) })
  .strict();
export type LoginBody = z.infer<typeof loginBodySchema>;

export const registerBodySchema = z
  .object({
    email: emailSchema,
    password: passwordSchema,
    name: z.string().trim().min(1).max(120),
    locale: localeSchema.default('sv'),
  })
  .strict();
export type RegisterBody = z.input<typeof registerBodySchema>;

/**
 * The answer to registering, the same whether or not the address has an account: either way
 * a mail is on its way (a link that creates the account, or a note to the account's holder).
 */
export const registrationAnswerSchema = z.object({ status: z.literal('mail_sent') });
export type RegistrationAnswer = z.infer<typeof registrationAnswerSchema>;

/** The mailed link's token, which creates the account. */
export const registrationConfirmBodySchema = z
  .object({ token: z.string().min(10).max(200) })
  .strict();

export const passwordResetRequestSchema = z.object({ email: emailSchema }).strict();

export const passwordResetConfirmSchema = z
  .object({ token: z.string().min(10).max(200), password: passwordSchema })
  .strict();

export const updateMeBodySchema = z
  .object({ name: z.string().trim().min(1).max(120).optional(), locale: localeSchema.optional() })
  .strict();

export const meResponseSchema = z.object({
  user: userSchema,
  roles: z.array(roleAssignmentSchema),
});
export type MeResponse = z.infer<typeof meResponseSchema>;

/**
 * `GET /session`: who is logged in, or `me: null` for a visitor. Every page asks this, so an
 * anonymous visit is an answer (200), not a failure; `GET /me` keeps its 401 (DESIGN §9).
 */
export const sessionResponseSchema = z.object({ me: meResponseSchema.nullable() });
export type SessionResponse = z.infer<typeof sessionResponseSchema>;
