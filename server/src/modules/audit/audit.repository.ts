import type { Knex } from 'knex';
import type { AuditAction } from '@e-galleria/shared/shops';

export type AuditEventRow = {
  id: string;
  municipality_id: string;
  shop_id: string | null;
  actor_user_id: string | null;
  action: AuditAction;
  details: string;
  created_at: number;
};

export type AuditEventListRow = AuditEventRow & {
  shop_name: string | null;
  actor_name: string | null;
};

export function createAuditRepository(knex: Knex) {
  return {
    async insert(row: AuditEventRow, db: Knex = knex) {
      await db('audit_events').insert(row);
    },

    /** Newest first, with shop and actor names joined in the same query. */
    listForMunicipality: (municipalityId: string, limit: number) =>
      knex('audit_events as e')
        .leftJoin('shops as s', 's.id', 'e.shop_id')
        .leftJoin('users as u', 'u.id', 'e.actor_user_id')
        .where('e.municipality_id', municipalityId)
        .orderBy('e.created_at', 'desc')
        .orderBy('e.id', 'desc')
        .limit(limit)
        .select<AuditEventListRow[]>('e.*', 's.name as shop_name', 'u.name as actor_name'),
  };
}

export type AuditRepository = ReturnType<typeof createAuditRepository>;
