import { Router } from 'express';
import {
  acceptInvitationBodySchema,
  createInvitationBodySchema,
} from '@e-galleria/shared/invitations';
import type { SessionCookie } from '../../http/session-cookie.ts';
import { parseInput } from '../../http/validate.ts';
import type { SessionsService } from '../auth/sessions.service.ts';
import type { InvitationsService } from './invitations.service.ts';

export function createInvitationsRouter(deps: {
  invitations: InvitationsService;
  sessions: SessionsService;
  cookie: SessionCookie;
}) {
  const { invitations, sessions, cookie } = deps;
  const router = Router();

  router.get('/admin/municipalities/:slug/invitations', async (request, response) => {
    const items = await invitations.listForMunicipality(request.actor, request.params.slug);
    response.json({ items, nextCursor: null });
  });

  router.post('/admin/municipalities/:slug/invitations', async (request, response) => {
    const body = parseInput(createInvitationBodySchema, request.body);
    const invitation = await invitations.inviteMunicipalityAdmin(
      request.actor,
      request.params.slug,
      body,
    );
    response.status(201).json({ invitation });
  });

  router.get('/invitations/:token', async (request, response) => {
    response.json({ invitation: await invitations.preview(request.params.token) });
  });

  router.post('/invitations/:token/accept', async (request, response) => {
    const body = parseInput(acceptInvitationBodySchema, request.body);
    const accepted = await invitations.accept(request.params.token, body);
    if (request.sessionToken) await sessions.end(request.sessionToken);
    const { token, expiresAt } = await sessions.start(accepted.user.id);
    cookie.set(response, token, expiresAt);
    response.json(accepted);
  });

  return router;
}
