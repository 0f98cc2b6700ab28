import type { Database } from '../../db/database.ts';
import { createFailureDelays } from '../../db/failure-delays.ts';
import { createRateLimitFactory } from '../../db/rate-limiter.ts';
import type { KnownBrowserCookie } from '../../http/known-browser.ts';
import type { SessionCookie } from '../../http/session-cookie.ts';
import type { PasswordHasher } from '../../integrations/password-hasher.ts';
import type { MailService } from '../mail/mail.service.ts';
import type { UsersService } from '../users/users.service.ts';
import { createAuthRouter } from './auth.router.ts';
import { createAuthService } from './auth.service.ts';
import { createLoginThrottle } from './login-throttle.ts';
import { createPasswordResetsRepository } from './password-resets.repository.ts';
import { createRegistrationService } from './registration.service.ts';
import { createRegistrationsRepository } from './registrations.repository.ts';
import { createSessionsRepository } from './sessions.repository.ts';
import { createSessionsService } from './sessions.service.ts';

/** Accounts and sessions: registration, login, password reset, and who is asking. */
export function createAuthModule(deps: {
  database: Database;
  users: UsersService;
  mail: MailService;
  hasher: PasswordHasher;
  cookie: SessionCookie;
  /** Browsers the account has logged in from before (decision 0026). */
  knownBrowser: KnownBrowserCookie;
  publicUrl: string;
  /** The region residents register in (the municipalities module knows it). */
  regionId: () => Promise<string>;
  now: () => number;
}) {
  const { database, users, now } = deps;
  const sessionsRepository = createSessionsRepository(database.knex);
  const sessions = createSessionsService({ sessions: sessionsRepository, users, now });
  const auth = createAuthService({
    transaction: database.transaction,
    users,
    sessions: sessionsRepository,
    passwordResets: createPasswordResetsRepository(database.knex),
    hasher: deps.hasher,
    mail: deps.mail,
    rateLimits: createRateLimitFactory(database.knex),
    loginThrottle: createLoginThrottle({
      failureDelays: (rule) => createFailureDelays(database.knex, rule, now),
      rateLimits: createRateLimitFactory(database.knex, now),
      now,
    }),
    publicUrl: deps.publicUrl,
    now,
  });
  const registration = createRegistrationService({
    transaction: database.transaction,
    users,
    registrations: createRegistrationsRepository(database.knex),
    hasher: deps.hasher,
    mail: deps.mail,
    rateLimits: createRateLimitFactory(database.knex),
    publicUrl: deps.publicUrl,
    regionId: deps.regionId,
    now,
  });
  return {
    sessions,
    /** Hourly: registrations used or expired (they hold password hashes). */
    deleteFinishedRegistrations: registration.deleteFinished,
    router: createAuthRouter({
      auth,
      registration,
      sessions,
      users,
      cookie: deps.cookie,
      knownBrowser: deps.knownBrowser,
    }),
  };
}
