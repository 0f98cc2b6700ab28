import type { TransactionRunner } from '../../db/database.ts';
import type { LoginBody, User } from '@e-galleria/shared/auth';
import type { Locale } from '@e-galleria/shared/locales';
import type { RateLimitFactory } from '../../db/rate-limiter.ts';
import { AppError, refuseIfLimited } from '../../errors.ts';
import type { PasswordHasher } from '../../integrations/password-hasher.ts';
import type { MailService } from '../mail/mail.service.ts';
import type { UserRecord as UserRow, UsersService } from '../users/users.service.ts';
import type { PasswordResetsRepository } from './password-resets.repository.ts';
import { hashToken, newSecretToken } from './secret-tokens.port.ts';
import type { LoginSource, LoginThrottle } from './login-throttle.ts';
import type { SessionsRepository } from './sessions.repository.ts';

const passwordResetLifetimeMs = 60 * 60 * 1000;
/** The link that lifts a login lock: the owner may not read mail within the hour. */
const lockLinkLifetimeMs = 24 * 60 * 60 * 1000;

export function toUser(row: UserRow): User {
  return { id: row.id, email: row.email, name: row.name, locale: row.locale };
}

/**
 * Accounts: login with its throttle, password reset, the profile (registration is
 * registration.service.ts). Sessions themselves are the sessions service's; this one decides
 * who may have one.
 */
export function createAuthService(deps: {
  transaction: TransactionRunner;
  users: UsersService;
  sessions: SessionsRepository;
  passwordResets: PasswordResetsRepository;
  hasher: PasswordHasher;
  mail: MailService;
  rateLimits: RateLimitFactory;
  loginThrottle: LoginThrottle;
  publicUrl: string;
  now: () => number;
}) {
  const { transaction, users, hasher, mail, now, loginThrottle } = deps;
  const resetsPerIp = deps.rateLimits({ name: 'reset_ip', points: 10, durationSeconds: 60 * 60 });
  const resetsPerAccount = deps.rateLimits({
    name: 'reset_account',
    points: 3,
    durationSeconds: 60 * 60,
  });
  // Verifying against a real hash when the account does not exist keeps the answer time alike.
  const unknownAccountHash = hasher.hash('no account has this password');

  /** A single-use link to choose a new password, mailed to the account's owner. */
  async function mailResetLink(
    row: UserRow,
    kind: 'password_reset' | 'login_locked',
    lifetimeMs: number,
  ) {
    const { token, hash } = newSecretToken();
    await transaction(async (trx) => {
      await deps.passwordResets.insert(
        { id: hash, user_id: row.id, created_at: now(), expires_at: now() + lifetimeMs },
        trx,
      );
      const link = `${deps.publicUrl}/aterstall-losenord?token=${encodeURIComponent(token)}`;
      await mail.enqueue(
        { to: row.email, locale: row.locale, kind, params: { name: row.name, link } },
        trx,
      );
    });
  }

  return {
    /** Throttled per source, never per account as a whole (login-throttle.ts, decision 0026). */
    async login(input: LoginBody, source: LoginSource): Promise<User> {
      const row = await users.findByEmail(input.email);
      await loginThrottle.check(input.email, source, row?.id ?? null);
      const isValid = row?.password_hash
        ? await hasher.verify(row.password_hash, input.password)
        : (await hasher.verify(await unknownAccountHash, input.password), false);
      if (!row || !isValid) {
        if (await loginThrottle.recordFailure(input.email, source, row?.id ?? null))
          if (row) await mailResetLink(row, 'login_locked', lockLinkLifetimeMs);
        throw new AppError('invalid_credentials');
      }
      await loginThrottle.recordSuccess(input.email, source, row.id);
      await users.update(row.id, { last_login_at: now() }, now());
      return toUser(row);
    },

    /** Always answers alike, whether or not the account exists. */
    async requestPasswordReset(email: string, ip: string): Promise<void> {
      await refuseIfLimited(resetsPerIp.consume(ip));
      if ((await resetsPerAccount.consume(email)) !== null) return;
      const row = await users.findByEmail(email);
      if (!row) return;
      await mailResetLink(row, 'password_reset', passwordResetLifetimeMs);
    },

    /**
     * Sets the new password, spends the token, ends every session of the account and lifts
     * a login lock: whoever has the link has the owner's mailbox. Answers whose account it was.
     */
    async resetPassword(token: string, password: string): Promise<string> {
      const passwordHash = await hasher.hash(password);
      const userId = await transaction(async (trx) => {
        const current = now();
        const tokenRow = await deps.passwordResets.spend(hashToken(token), current, trx);
        if (!tokenRow) throw new AppError('invalid_token');
        const userId = tokenRow.user_id;
        await users.update(userId, { password_hash: passwordHash }, current, trx);
        await deps.sessions.deleteAllOfUser(userId, trx);
        await deps.passwordResets.spendAllOfUser(userId, current, trx);
        return userId;
      });
      const row = await users.findById(userId);
      if (row) await loginThrottle.liftLock(row.email);
      return userId;
    },

    async updateProfile(
      userId: string,
      changes: { name?: string | undefined; locale?: Locale | undefined },
    ) {
      const patch = {
        ...(changes.name === undefined ? {} : { name: changes.name }),
        ...(changes.locale === undefined ? {} : { locale: changes.locale }),
      };
      if (Object.keys(patch).length > 0) await users.update(userId, patch, now());
      const row = await users.findById(userId);
      if (!row) throw new AppError('not_found');
      return toUser(row);
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
