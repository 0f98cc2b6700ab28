import type { Knex } from 'knex';
import type { Queryable } from '../../db/database.ts';

export type SubsidyRuleRow = {
  id: string;
  valid_from: string;
  valid_to: string | null;
  cap_per_delivery_ore: number;
  share_basis_points: number;
  created_at: number;
  updated_at: number;
};

export type PriceBaseAmountRow = { year: number; amount_ore: number; updated_at: number };

/** The subsidy's dated rules and the price base amount of each year. */
export function createSubsidyRulesRepository(knex: Knex) {
  return {
    async listRules(db: Queryable = knex): Promise<SubsidyRuleRow[]> {
      return db<SubsidyRuleRow>('subsidy_rules').select('*').orderBy('valid_from');
    },

    async findRule(id: string, db: Queryable = knex): Promise<SubsidyRuleRow | undefined> {
      return db<SubsidyRuleRow>('subsidy_rules').where({ id }).first();
    },

    async insertRule(row: SubsidyRuleRow, db: Queryable = knex): Promise<void> {
      await db('subsidy_rules').insert(row);
    },

    async updateRule(
      id: string,
      changes: Omit<SubsidyRuleRow, 'id' | 'created_at'>,
      db: Queryable = knex,
    ): Promise<void> {
      await db('subsidy_rules').where({ id }).update(changes);
    },

    async deleteRule(id: string, db: Queryable = knex): Promise<number> {
      return db('subsidy_rules').where({ id }).delete();
    },

    async listPriceBaseAmounts(db: Queryable = knex): Promise<PriceBaseAmountRow[]> {
      return db<PriceBaseAmountRow>('price_base_amounts').select('*').orderBy('year');
    },

    async upsertPriceBaseAmount(row: PriceBaseAmountRow, db: Queryable = knex): Promise<void> {
      await db('price_base_amounts')
        .insert(row)
        .onConflict('year')
        .merge(['amount_ore', 'updated_at']);
    },
  };
}

export type SubsidyRulesRepository = ReturnType<typeof createSubsidyRulesRepository>;
