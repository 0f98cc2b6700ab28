import type { User } from '@e-galleria/shared/auth';
import type { Locale } from '@e-galleria/shared/locales';
import { isUniqueViolation } from '../../db/constraint-errors.ts';
import type { TransactionRunner } from '../../db/database.ts';
import type { RateLimitFactory } from '../../db/rate-limiter.ts';
import { AppError, refuseIfLimited } from '../../errors.ts';
import type { PasswordHasher } from '../../integrations/password-hasher.ts';
import type { MailService } from '../mail/mail.service.ts';
import type { UsersService } from '../users/users.service.ts';
import { toUser } from './auth.service.ts';
import type { RegistrationsRepository } from './registrations.repository.ts';
import { hashToken, newSecretToken } from './secret-tokens.port.ts';

const linkLifetimeMs = 24 * 60 * 60 * 1000;

/**
 * Registration by a verified address (decision 0027): the answer is the same whether or not
 * the address has an account, and takes the same work. A new address is mailed a link that
 * creates the account; an address that has one is mailed its holder instead.
 */
export function createRegistrationService(deps: {
  transaction: TransactionRunner;
  users: UsersService;
  registrations: RegistrationsRepository;
  hasher: PasswordHasher;
  mail: MailService;
  rateLimits: RateLimitFactory;
  publicUrl: string;
  regionId: () => Promise<string>;
  now: () => number;
}) {
  const { transaction, users, registrations, hasher, mail, now } = deps;
  const registrationsPerIp = deps.rateLimits({
    name: 'register_ip',
    points: 10,
    durationSeconds: 60 * 60,
  });
  // Nobody fills someone else's mailbox by registering their address over and over.
  const mailsPerAddress = deps.rateLimits({
    name: 'register_mail',
    points: 3,
    durationSeconds: 60 * 60,
  });

  return {
    /** Mails the address either way; never says which way. */
    async register(
      input: { email: string; password: string; name: string; locale: Locale },
      ip: string,
    ): Promise<void> {
      await refuseIfLimited(registrationsPerIp.consume(ip));
      // Hashed either way, so an address with an account is not told by a faster answer.
      const passwordHash = await hasher.hash(input.password);
      if ((await mailsPerAddress.consume(input.email)) !== null) return;
      const holder = await users.findByEmail(input.email);
      if (holder) {
        await mail.enqueue({
          to: holder.email,
          locale: holder.locale,
          kind: 'registration_existing',
          params: {
            name: holder.name,
            loginLink: `${deps.publicUrl}/logga-in`,
            resetLink: `${deps.publicUrl}/glomt-losenord`,
          },
        });
        return;
      }
      const { token, hash } = newSecretToken();
      await transaction(async (trx) => {
        await registrations.insert(
          {
            id: hash,
            email: input.email,
            name: input.name,
            password_hash: passwordHash,
            locale: input.locale,
            created_at: now(),
            expires_at: now() + linkLifetimeMs,
            used_at: null,
          },
          trx,
        );
        const link = `${deps.publicUrl}/registrera/bekrafta?token=${encodeURIComponent(token)}`;
        await mail.enqueue(
          {
            to: input.email,
            locale: input.locale,
            kind: 'registration_confirm',
            params: { name: input.name, link },
          },
          trx,
        );
      });
    },

    /** The mailed link: creates the resident's account, once. The router logs it in. */
    async confirm(token: string): Promise<User> {
      const regionId = await deps.regionId();
      const created = await transaction(async (trx) => {
        const request = await registrations.spend(hashToken(token), now(), trx);
        if (!request) throw new AppError('invalid_token');
        // The link proves the mailbox: its holder may be told the account exists already.
        if (await users.findByEmail(request.email, trx)) throw new AppError('email_taken');
        const row = await users.insert(
          {
            email: request.email,
            name: request.name,
            passwordHash: request.password_hash,
            locale: request.locale,
            now: now(),
          },
          trx,
        );
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
        // Two links for one address followed at once: the second finds the first's account.
        throw isUniqueViolation(error) ? new AppError('email_taken') : error;
      });
      return toUser(created);
    },

    /** Hourly: requests used or expired; they hold password hashes. */
    deleteFinished: () => registrations.deleteFinished(now()),
  };
}

export type RegistrationService = ReturnType<typeof createRegistrationService>;
