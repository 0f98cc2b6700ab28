import { Router, type Request, type Response } from 'express';
import {
  loginBodySchema,
  passwordResetConfirmSchema,
  passwordResetRequestSchema,
  registerBodySchema,
  registrationConfirmBodySchema,
  type RegistrationAnswer,
  updateMeBodySchema,
} from '@e-galleria/shared/auth';
import type { KnownBrowserCookie } from '../../http/known-browser.ts';
import { requireActor } from '../../http/require-actor.ts';
import type { SessionCookie } from '../../http/session-cookie.ts';
import { parseInput } from '../../http/validate.ts';
import type { UsersService } from '../users/users.service.ts';
import type { AuthService } from './auth.service.ts';
import type { RegistrationService } from './registration.service.ts';
import type { SessionsService } from './sessions.service.ts';

export function createAuthRouter(deps: {
  auth: AuthService;
  registration: RegistrationService;
  sessions: SessionsService;
  users: UsersService;
  cookie: SessionCookie;
  knownBrowser: KnownBrowserCookie;
}) {
  const { auth, registration, sessions, cookie, knownBrowser } = deps;
  const router = Router();

  /** A new session id at every login: a session fixed before login never becomes one. */
  async function startSession(request: Request, response: Response, userId: string) {
    if (request.sessionToken) await sessions.end(request.sessionToken);
    const { token, expiresAt } = await sessions.start(userId);
    cookie.set(response, token, expiresAt);
  }

  router.post('/auth/register', async (request, response) => {
    const body = parseInput(registerBodySchema, request.body);
    await registration.register(body, request.ip ?? 'unknown');
    const answer: RegistrationAnswer = { status: 'mail_sent' };
    response.status(202).json(answer);
  });

  router.post('/auth/register/confirm', async (request, response) => {
    const { token } = parseInput(registrationConfirmBodySchema, request.body);
    const user = await registration.confirm(token);
    await startSession(request, response, user.id);
    knownBrowser.remember(request, response, user.id);
    response.status(201).json({ user });
  });

  router.post('/auth/login', async (request, response) => {
    const body = parseInput(loginBodySchema, request.body);
    const user = await auth.login(body, {
      ip: request.ip ?? 'unknown',
      browser: knownBrowser.read(request),
    });
    await startSession(request, response, user.id);
    knownBrowser.remember(request, response, user.id);
    response.json({ user });
  });

  router.post('/auth/logout', async (request, response) => {
    if (request.sessionToken) await sessions.end(request.sessionToken);
    cookie.clear(response);
    response.status(204).end();
  });

  router.post('/auth/password-reset', async (request, response) => {
    const { email } = parseInput(passwordResetRequestSchema, request.body);
    await auth.requestPasswordReset(email, request.ip ?? 'unknown');
    response.status(202).json({ status: 'sent_if_account_exists' });
  });

  router.post('/auth/password-reset/confirm', async (request, response) => {
    const { token, password } = parseInput(passwordResetConfirmSchema, request.body);
    const userId = await auth.resetPassword(token, password);
    cookie.clear(response);
    // The mailbox's owner uses this browser: a login lock no longer keeps it out.
    knownBrowser.remember(request, response, userId);
    response.status(204).end();
  });

  router.get('/session', (request, response) => {
    const { actor } = request;
    response.json({ me: actor ? { user: actor.user, roles: actor.roles } : null });
  });

  router.get('/me', (request, response) => {
    const actor = requireActor(request);
    response.json({ user: actor.user, roles: actor.roles });
  });

  router.patch('/me', async (request, response) => {
    const actor = requireActor(request);
    const changes = parseInput(updateMeBodySchema, request.body);
    const user = await auth.updateProfile(actor.user.id, changes);
    response.json({ user, roles: actor.roles });
  });

  return router;
}
