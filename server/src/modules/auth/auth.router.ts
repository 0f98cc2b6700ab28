import { Router, type Request, type Response } from 'express';
import {
  loginBodySchema,
  passwordResetConfirmSchema,
  passwordResetRequestSchema,
  registerBodySchema,
  updateMeBodySchema,
} from '@e-galleria/shared/auth';
import { requireActor } from '../../http/require-actor.ts';
import type { SessionCookie } from '../../http/session-cookie.ts';
import { parseInput } from '../../http/validate.ts';
import type { UsersRepository } from '../users/users.repository.ts';
import type { AuthService } from './auth.service.ts';
import type { SessionsService } from './sessions.service.ts';

export function createAuthRouter(deps: {
  auth: AuthService;
  sessions: SessionsService;
  users: UsersRepository;
  cookie: SessionCookie;
}) {
  const { auth, sessions, cookie } = deps;
  const router = Router();

  /** A new session id at every login: a session fixed before login never becomes one. */
  async function startSession(request: Request, response: Response, userId: string) {
    if (request.sessionToken) await sessions.end(request.sessionToken);
    const { token, expiresAt } = await sessions.start(userId);
    cookie.set(response, token, expiresAt);
  }

  router.post('/auth/register', async (request, response) => {
    const body = parseInput(registerBodySchema, request.body);
    const user = await auth.register(body, request.ip ?? 'unknown');
    await startSession(request, response, user.id);
    response.status(201).json({ user });
  });

  router.post('/auth/login', async (request, response) => {
    const body = parseInput(loginBodySchema, request.body);
    const user = await auth.login(body, request.ip ?? 'unknown');
    await startSession(request, response, user.id);
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
    await auth.resetPassword(token, password);
    cookie.clear(response);
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
