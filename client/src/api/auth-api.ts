import type { z } from 'zod';
import type {
  LoginBody,
  MeResponse,
  RegisterBody,
  RegistrationAnswer,
  SessionResponse,
  User,
  passwordResetConfirmSchema,
  passwordResetRequestSchema,
  registrationConfirmBodySchema,
  updateMeBodySchema,
} from '@e-galleria/shared/auth';
import { requestJson, requestWithoutResult } from './http-client.ts';

/** Answers alike whether or not the address has an account: a mail is on its way. */
export function register(body: RegisterBody): Promise<RegistrationAnswer> {
  return requestJson('/v1/auth/register', { method: 'POST', body });
}

/** The mailed link's token: creates the account and logs it in. */
export function confirmRegistration(
  body: z.input<typeof registrationConfirmBodySchema>,
): Promise<{ user: User }> {
  return requestJson('/v1/auth/register/confirm', { method: 'POST', body });
}

export function logIn(body: LoginBody): Promise<{ user: User }> {
  return requestJson('/v1/auth/login', { method: 'POST', body });
}

export function logOut(): Promise<void> {
  return requestWithoutResult('/v1/auth/logout', { method: 'POST' });
}

export function requestPasswordReset(
  body: z.input<typeof passwordResetRequestSchema>,
): Promise<void> {
  return requestWithoutResult('/v1/auth/password-reset', { method: 'POST', body });
}

export function confirmPasswordReset(
  body: z.input<typeof passwordResetConfirmSchema>,
): Promise<void> {
  return requestWithoutResult('/v1/auth/password-reset/confirm', { method: 'POST', body });
}

export function fetchMe(signal?: AbortSignal): Promise<MeResponse> {
  return requestJson('/v1/me', { signal });
}

/**
 * The session's user, or null for an anonymous visitor. Asked on every page, so it uses the
 * session probe, which answers a visitor with 200: a 401 would be logged in the console.
 */
export async function fetchMeOrNull(signal?: AbortSignal): Promise<MeResponse | null> {
  const { me } = await requestJson<SessionResponse>('/v1/session', { signal });
  return me;
}

export function updateMe(body: z.input<typeof updateMeBodySchema>): Promise<MeResponse> {
  return requestJson('/v1/me', { method: 'PATCH', body });
}
