import type { User } from '@e-galleria/shared/auth';
import type { UsersService } from '../users/users.service.ts';
import type { Actor } from './access.port.ts';
import { hashToken, newSecretToken } from './secret-tokens.port.ts';
import type { SessionsRepository } from './sessions.repository.ts';

export const sessionLifetimeMs = 30 * 24 * 60 * 60 * 1000;

/**
 * Server-side sessions in the database: the cookie holds a random token, the table its hash.
 * A session is extended when half its lifetime is used, so an active person stays logged in
 * and a forgotten one expires.
 */
export function createSessionsService(deps: {
  sessions: SessionsRepository;
  users: UsersService;
  now: () => number;
}) {
  const { sessions, users, now } = deps;

  return {
    async start(userId: string): Promise<{ token: string; expiresAt: number }> {
      const { token, hash } = newSecretToken();
      const createdAt = now();
      const expiresAt = createdAt + sessionLifetimeMs;
      await sessions.insert({
        id: hash,
        user_id: userId,
        created_at: createdAt,
        expires_at: expiresAt,
      });
      return { token, expiresAt };
    },

    /** The actor behind a cookie's token, or null when it is unknown or expired. */
    async resolve(
      token: string,
    ): Promise<{ actor: Actor; renewedExpiresAt: number | null } | null> {
      const id = hashToken(token);
      const found = await sessions.findWithUser(id);
      if (!found) return null;
      const current = now();
      if (found.session.expires_at <= current) {
        await sessions.delete(id);
        return null;
      }
      let renewedExpiresAt: number | null = null;
      if (found.session.expires_at - current < sessionLifetimeMs / 2) {
        renewedExpiresAt = current + sessionLifetimeMs;
        await sessions.extend(id, renewedExpiresAt);
      }
      const user: User = {
        id: found.user.id,
        email: found.user.email,
        name: found.user.name,
        locale: found.user.locale,
      };
      return {
        actor: { user, roles: await users.findRoles(user.id), sessionId: id },
        renewedExpiresAt,
      };
    },

    async end(token: string): Promise<void> {
      await sessions.delete(hashToken(token));
    },

    /** Hourly: sessions past their lifetime. */
    deleteExpired: () => sessions.deleteExpired(now()),
  };
}

export type SessionsService = ReturnType<typeof createSessionsService>;
