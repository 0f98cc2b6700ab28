import type { TransactionRunner } from '../../db/database.ts';
import type { LoginBody, User } from '@e-galleria/shared/auth';
import type { Locale } from '@e-galleria/shared/locales';
import { isUniqueViolation } from '../../db/constraint-errors.ts';
import type { RateLimitFactory } from '../../db/rate-limiter.ts';
import { AppError } from '../../errors.ts';
import type { PasswordHasher } from '../../integrations/password-hasher.ts';
import type { MailService } from '../mail/mail.service.ts';
import type { UserRecord, UsersService } from '../users/users.service.ts';
import { hashToken, newSecretToken } from './secret-tokens.port.ts';
import type { PasswordResetsRepository } from './password-resets.repository.ts';
import type { SessionsRepository } from './sessions.repository.ts';

const passwordResetLifetimeMs = 60 * 60 * 1000;

export function toUser(row: UserRecord): User {
  return { id: row.id, email: row.email, name: row.name, locale: row.locale };
}

/**
 * Accounts: registration, login with rate limits, password reset. Sessions themselves are
 * the sessions service's; this one decides who may have one.
 */
export function createAuthService(deps: {
  transaction: TransactionRunner;
  users: UsersService;
  sessions: SessionsRepository;
  passwordResets: PasswordResetsRepository;
  hasher: PasswordHasher;
  mail: MailService;
  rateLimits: RateLimitFactory;
  publicUrl: string;
  regionId: () => Promise<string>;
  now: () => number;
}) {
  const { transaction, users, hasher, mail, now } = deps;
  // Per IP: enough for a family behind one router, too few to guess passwords.
  const loginsPerIp = deps.rateLimits({ name: 'login_ip', points: 30, durationSeconds: 15 * 60 });
  // Per account, counting only failures, so a guessed account locks for 15 minutes.
  const failedLoginsPerAccount = deps.rateLimits({
    name: 'login_fail',
    points: 8,
    durationSeconds: 15 * 60,
  });
  const registrationsPerIp = deps.rateLimits({
    name: 'register_ip',
    points: 10,
    durationSeconds: 60 * 60,
  });
  const resetsPerIp = deps.rateLimits({ name: 'reset_ip', points: 10, durationSeconds: 60 * 60 });
  const resetsPerAccount = deps.rateLimits({
    name: 'reset_account',
    points: 3,
    durationSeconds: 60 * 60,
  });
  // Verifying against a real hash when the account does not exist keeps the answer time alike.
  const unknownAccountHash = hasher.hash('no account has this password');

  async function throwIfLimited(wait: Promise<number | null>) {
    const seconds = await wait;
    if (seconds !== null)
      throw new AppError('rate_limited', 'Too many attempts.', { retryAfterSeconds: seconds });
  }

  return {
    async register(
      input: { email: string; password: string; name: string; locale: Locale },
      ip: string,
    ) {
      await throwIfLimited(registrationsPerIp.consume(ip));
      const passwordHash = await hasher.hash(input.password);
      const regionId = await deps.regionId();
      const created = await transaction(async (trx) => {
        if (await users.findByEmail(input.email, trx)) throw new AppError('email_taken');
        const row = await users.insert({ ...input, passwordHash, now: now() }, trx);
        await users.addRole(
          {
            userId: row.id,
            role: 'resident',
            scopeType: 'region',
            scopeId: regionId,
            now: now(),
          },
          trx,
        );
        await mail.enqueue(
          {
            to: row.email,
            locale: row.locale,
            kind: 'welcome',
            params: { name: row.name, link: `${deps.publicUrl}/` },
          },
          trx,
        );
        return row;
      }).catch((error: unknown) => {
        throw isUniqueViolation(error) ? new AppError('email_taken') : error;
      });
      return toUser(created);
    },

    async login(input: LoginBody, ip: string): Promise<User> {
      await throwIfLimited(loginsPerIp.consume(ip));
      await throwIfLimited(failedLoginsPerAccount.blockedFor(input.email));
      const row = await users.findByEmail(input.email);
      const isValid = row?.password_hash
        ? await hasher.verify(row.password_hash, input.password)
        : (await hasher.verify(await unknownAccountHash, input.password), false);
      if (!row || !isValid) {
        await throwIfLimited(failedLoginsPerAccount.consume(input.email));
        throw new AppError('invalid_credentials');
      }
      await failedLoginsPerAccount.reset(input.email);
      await users.update(row.id, { last_login_at: now() }, now());
      return toUser(row);
    },

    /** Always answers alike, whether or not the account exists. */
    async requestPasswordReset(email: string, ip: string): Promise<void> {
      await throwIfLimited(resetsPerIp.consume(ip));
      if ((await resetsPerAccount.consume(email)) !== null) return;
      const row = await users.findByEmail(email);
      if (!row) return;
      const { token, hash } = newSecretToken();
      await transaction(async (trx) => {
        await deps.passwordResets.insert(
          {
            id: hash,
            user_id: row.id,
            created_at: now(),
            expires_at: now() + passwordResetLifetimeMs,
          },
          trx,
        );
        const link = `${deps.publicUrl}/aterstall-losenord?token=${encodeURIComponent(token)}`;
        await mail.enqueue(
          {
            to: row.email,
            locale: row.locale,
            kind: 'password_reset',
            params: { name: row.name, link },
          },
          trx,
        );
      });
    },

    /** Sets the new password, spends the token and ends every session of the account. */
    async resetPassword(token: string, password: string): Promise<void> {
      const passwordHash = await hasher.hash(password);
      await transaction(async (trx) => {
        const current = now();
        const tokenRow = await deps.passwordResets.spend(hashToken(token), current, trx);
        if (!tokenRow) throw new AppError('invalid_token');
        const userId = tokenRow.user_id;
        await users.update(userId, { password_hash: passwordHash }, current, trx);
        await deps.sessions.deleteAllOfUser(userId, trx);
        await deps.passwordResets.spendAllOfUser(userId, current, trx);
      });
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
