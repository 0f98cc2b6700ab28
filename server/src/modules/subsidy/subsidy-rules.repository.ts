import type { Knex } from 'knex';
import type { Queryable, Transaction } from '../../db/database.ts';
import { lockUntilCommit } from '../../db/transaction-lock.ts';

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

    /**
     * The rules, read in `trx` after taking their lock: until `trx` ends no other save checks
     * its period against a list this one is about to change. Without it, two saves at once on
     * PostgreSQL each read the list before the other's write, and both overlapping periods
     * were kept (lockUntilCommit).
     */
    async lockRules(trx: Transaction): Promise<SubsidyRuleRow[]> {
      await lockUntilCommit(trx, 'subsidy_rules');
      return trx<SubsidyRuleRow>('subsidy_rules').select('*').orderBy('valid_from');
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
