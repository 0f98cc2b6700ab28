import type { Knex } from 'knex';
import type { Locale } from '@e-galleria/shared/locales';
import type { Role, ScopeType } from '@e-galleria/shared/roles';

export type InvitationRow = {
  id: string;
  token_hash: string;
  email: string;
  role: Role;
  scope_type: ScopeType;
  scope_id: string;
  locale: Locale;
  invited_by_user_id: string | null;
  accepted_by_user_id: string | null;
  created_at: number;
  expires_at: number;
  accepted_at: number | null;
};

export function createInvitationsRepository(knex: Knex) {
  return {
    async insert(row: InvitationRow, db: Knex = knex) {
      await db('invitations').insert(row);
    },

    findByTokenHash: (tokenHash: string) =>
      knex<InvitationRow>('invitations').where({ token_hash: tokenHash }).first() as Promise<
        InvitationRow | undefined
      >,

    listForScope: (scopeType: ScopeType, scopeId: string) =>
      knex<InvitationRow>('invitations')
        .where({ scope_type: scopeType, scope_id: scopeId })
        .orderBy('created_at', 'desc')
        .limit(200),

    /** Spends the invitation; 0 rows means someone else did, or it expired meanwhile. */
    async markAccepted(id: string, now: number, db: Knex): Promise<boolean> {
      const updated = await db('invitations')
        .where({ id, accepted_at: null })
        .andWhere('expires_at', '>', now)
        .update({ accepted_at: now });
      return updated === 1;
    },

    async recordAcceptedBy(id: string, userId: string, db: Knex) {
      await db('invitations').where({ id }).update({ accepted_by_user_id: userId });
    },
  };
}

export type InvitationsRepository = ReturnType<typeof createInvitationsRepository>;
