import type { Database } from '../../db/database.ts';
import type { PasswordHasher } from '../../integrations/password-hasher.ts';
import type { SessionsService } from '../auth/sessions.service.ts';
import type { SessionCookie } from '../../http/session-cookie.ts';
import type { MailService } from '../mail/mail.service.ts';
import type { MunicipalitiesService } from '../municipalities/municipalities.service.ts';
import type { UsersService } from '../users/users.service.ts';
import { createInvitationsRepository } from './invitations.repository.ts';
import { createInvitationsRouter } from './invitations.router.ts';
import { createInvitationsService } from './invitations.service.ts';

/**
 * Invitations by mailed single-use link. Municipalities invite here; shops and service points
 * add their own scopes (`service.addScope`) as their modules are built.
 */
export function createInvitationsModule(deps: {
  database: Database;
  users: UsersService;
  municipalities: MunicipalitiesService;
  sessions: SessionsService;
  cookie: SessionCookie;
  hasher: PasswordHasher;
  mail: MailService;
  publicUrl: string;
  now: () => number;
}) {
  const service = createInvitationsService({
    transaction: deps.database.transaction,
    invitations: createInvitationsRepository(deps.database.knex),
    users: deps.users,
    municipalities: deps.municipalities,
    hasher: deps.hasher,
    mail: deps.mail,
    publicUrl: deps.publicUrl,
    now: deps.now,
  });
  return {
    service,
    router: createInvitationsRouter({
      invitations: service,
      sessions: deps.sessions,
      cookie: deps.cookie,
    }),
  };
}
