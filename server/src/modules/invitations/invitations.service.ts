import type { Queryable, TransactionRunner } from '../../db/database.ts';
import type { User } from '@e-galleria/shared/auth';
import type { Invitation, InvitationPreview } from '@e-galleria/shared/invitations';
import type { Locale } from '@e-galleria/shared/locales';
import type { Role, ScopeType } from '@e-galleria/shared/roles';
import { isUniqueViolation } from '../../db/constraint-errors.ts';
import { newId } from '../../db/ids.ts';
import { AppError } from '../../errors.ts';
import type { PasswordHasher } from '../../integrations/password-hasher.ts';
import { authorize, type Actor } from '../auth/access.port.ts';
import { toUser } from '../auth/auth.service.ts';
import { hashToken, newSecretToken } from '../auth/secret-tokens.port.ts';
import type { MailKind, MailService, MailTemplates } from '../mail/mail.service.ts';
import type { MunicipalitiesService } from '../municipalities/municipalities.service.ts';
import type { UsersService } from '../users/users.service.ts';
import type { InvitationRow, InvitationsRepository } from './invitations.repository.ts';

const invitationLifetimeMs = 7 * 24 * 60 * 60 * 1000;

/**
 * What invitations need to know of a kind of scope: its name and slug for the mail and the
 * preview, where the new role holder lands, and what else happens when someone joins.
 */
export type InvitationScope = {
  describe: (id: string) => Promise<{ id: string; name: string; slug: string }>;
  redirectTo: (scope: { id: string; slug: string }) => string;
  onAccepted?: (invitation: InvitationRow, userId: string, trx: Queryable) => Promise<void>;
};

/**
 * Invitations by single-use token: a person is invited to a role in a scope, follows the
 * emailed link, and becomes that role's holder. Municipalities, shops and service points
 * invite the same way; only the scope differs.
 */
export function createInvitationsService(deps: {
  transaction: TransactionRunner;
  invitations: InvitationsRepository;
  users: UsersService;
  municipalities: MunicipalitiesService;
  /** Scopes beside municipalities that invite people (shops, …). */
  scopes?: Partial<Record<ScopeType, InvitationScope>>;
  hasher: PasswordHasher;
  mail: MailService;
  publicUrl: string;
  now: () => number;
}) {
  const { transaction, invitations, users, municipalities, hasher, mail, now } = deps;
  // Other modules add theirs as they are built (addScope): shops, service points, …
  const scopes: Partial<Record<ScopeType, InvitationScope>> = {
    municipality: {
      describe: (id) => municipalities.describe(id),
      redirectTo: ({ slug }) => `/admin/kommun/${slug}`,
    },
    region: {
      describe: (id) => municipalities.describeRegion(id),
      redirectTo: () => '/admin/region',
    },
    ...deps.scopes,
  };

  function scopeOfType(type: ScopeType): InvitationScope {
    const scope = scopes[type];
    if (!scope) throw new Error(`No invitation scope for ${type}.`);
    return scope;
  }

  async function present(row: InvitationRow): Promise<Invitation> {
    const scope = await scopeOfType(row.scope_type).describe(row.scope_id);
    return {
      id: row.id,
      email: row.email,
      role: row.role,
      scope: { type: row.scope_type, id: scope.id, name: scope.name, slug: scope.slug },
      expiresAt: new Date(row.expires_at).toISOString(),
      acceptedAt: row.accepted_at === null ? null : new Date(row.accepted_at).toISOString(),
      createdAt: new Date(row.created_at).toISOString(),
    };
  }

  async function findUsable(token: string): Promise<InvitationRow> {
    const row = await invitations.findByTokenHash(hashToken(token));
    if (!row || row.accepted_at !== null || row.expires_at <= now())
      throw new AppError('invalid_token');
    return row;
  }

  /**
   * Creates an invitation and mails its link in the caller's transaction, so the invitation
   * exists exactly when what it invites to does (a new shop, for one).
   */
  async function create<Kind extends MailKind>(
    input: {
      email: string;
      locale: Locale;
      role: Role;
      scopeType: ScopeType;
      scopeId: string;
      invitedByUserId: string | null;
      mail: { kind: Kind; params: Omit<Parameters<MailTemplates[Kind]>[0], 'link'> };
    },
    trx: Queryable,
  ): Promise<InvitationRow> {
    const { token, hash } = newSecretToken();
    const row: InvitationRow = {
      id: newId(),
      token_hash: hash,
      email: input.email,
      role: input.role,
      scope_type: input.scopeType,
      scope_id: input.scopeId,
      locale: input.locale,
      invited_by_user_id: input.invitedByUserId,
      accepted_by_user_id: null,
      created_at: now(),
      expires_at: now() + invitationLifetimeMs,
      accepted_at: null,
    };
    await invitations.insert(row, trx);
    const params = {
      ...input.mail.params,
      link: `${deps.publicUrl}/inbjudan/${token}`,
    } as Parameters<MailTemplates[Kind]>[0];
    await mail.enqueue(
      { to: input.email, locale: input.locale, kind: input.mail.kind, params },
      trx,
    );
    return row;
  }

  return {
    create,
    present,

    /** Lets the module that owns a kind of scope invite people to it. */
    addScope(type: ScopeType, scope: InvitationScope): void {
      scopes[type] = scope;
    },

    async listForScope(scopeType: ScopeType, scopeId: string): Promise<Invitation[]> {
      return Promise.all((await invitations.listForScope(scopeType, scopeId)).map(present));
    },

    async inviteMunicipalityAdmin(
      actor: Actor | null,
      slug: string,
      input: { email: string; locale: Locale },
    ): Promise<Invitation> {
      const municipality = await municipalities.findOrThrow(slug);
      const inviter = authorize(
        actor,
        'municipality.admins.invite',
        municipalities.scopeOf(municipality),
      );
      const row = await transaction((trx) =>
        create(
          {
            email: input.email,
            locale: input.locale,
            role: 'municipality_admin',
            scopeType: 'municipality',
            scopeId: municipality.id,
            invitedByUserId: inviter.user.id,
            mail: {
              kind: 'invitation_municipality_admin',
              params: { municipality: municipality.name },
            },
          },
          trx,
        ),
      );
      return present(row);
    },

    /**
     * The region's first admin, invited by `npm run setup` (no inviter: whoever runs the server
     * sets it up). Once in, they create municipalities and invite those admins.
     */
    async inviteFirstRegionAdmin(input: { email: string; locale: Locale }): Promise<Invitation> {
      const region = await municipalities.region();
      const regionId = await municipalities.regionId();
      const row = await transaction((trx) =>
        create(
          {
            email: input.email,
            locale: input.locale,
            role: 'region_admin',
            scopeType: 'region',
            scopeId: regionId,
            invitedByUserId: null,
            mail: { kind: 'invitation_region_admin', params: { region: region.name } },
          },
          trx,
        ),
      );
      return present(row);
    },

    async listForMunicipality(actor: Actor | null, slug: string): Promise<Invitation[]> {
      const municipality = await municipalities.findOrThrow(slug);
      authorize(actor, 'municipality.admins.list', municipalities.scopeOf(municipality));
      return Promise.all(
        (await invitations.listForScope('municipality', municipality.id)).map(present),
      );
    },

    async preview(token: string): Promise<InvitationPreview> {
      const row = await findUsable(token);
      const { email, role, scope } = await present(row);
      return { email, role, scope, hasAccount: Boolean(await users.findByEmail(row.email)) };
    },

    /**
     * A new person chooses name and password; someone with an account proves it with their
     * password. Either way they hold the role afterwards and are logged in by the router.
     */
    async accept(
      token: string,
      input: { name?: string | undefined; password: string },
    ): Promise<{ user: User; redirectTo: string }> {
      const row = await findUsable(token);
      const existing = await users.findByEmail(row.email);
      if (existing) {
        if (
          !existing.password_hash ||
          !(await hasher.verify(existing.password_hash, input.password))
        )
          throw new AppError(
            'invalid_credentials',
            'Log in with the password of your existing account.',
          );
      } else if (!input.name) {
        throw new AppError('validation_failed', 'Tell us your name.', {
          fieldErrors: [
            { field: 'name', code: 'too_small', message: 'Required for a new account.' },
          ],
        });
      }
      const passwordHash = existing ? null : await hasher.hash(input.password);
      const user = await transaction(async (trx) => {
        // Spend the invitation first: of two acceptances at once, the second waits on this
        // row and then finds it spent, before it can create anything.
        if (!(await invitations.markAccepted(row.id, now(), trx)))
          throw new AppError('invalid_token');
        const account =
          existing ??
          (await users.insert(
            {
              email: row.email,
              name: input.name ?? '',
              passwordHash: passwordHash ?? '',
              locale: row.locale,
              now: now(),
            },
            trx,
          ));
        await invitations.recordAcceptedBy(row.id, account.id, trx);
        await scopeOfType(row.scope_type).onAccepted?.(row, account.id, trx);
        await users.addRole(
          {
            userId: account.id,
            role: row.role,
            scopeType: row.scope_type,
            scopeId: row.scope_id,
            now: now(),
          },
          trx,
        );
        return account;
      }).catch((error: unknown) => {
        // Someone registered this email between our check and the insert: ask them to retry,
        // and the retry will treat it as an existing account.
        throw isUniqueViolation(error) ? new AppError('email_taken') : error;
      });
      const scope = scopeOfType(row.scope_type);
      return {
        user: toUser(user),
        redirectTo: scope.redirectTo(await scope.describe(row.scope_id)),
      };
    },
  };
}

export type InvitationsService = ReturnType<typeof createInvitationsService>;
