import type {
  PriceBaseAmountView,
  SubsidyRuleBody,
  SubsidyRulesResponse,
  SubsidyRuleView,
} from '@e-galleria/shared/subsidy-rules';
import type { PriceBaseAmount, SubsidyRule } from '@e-galleria/shared/subsidy';
import { periodsOverlap } from '@e-galleria/shared/validity-periods';
import { newId } from '../../db/ids.ts';
import type { TransactionRunner } from '../../db/database.ts';
import { AppError, notFound } from '../../errors.ts';
import { authorize, type Actor } from '../auth/access.port.ts';
import type {
  PriceBaseAmountRow,
  SubsidyRuleRow,
  SubsidyRulesRepository,
} from './subsidy-rules.repository.ts';

const toRule = (row: SubsidyRuleRow): SubsidyRuleView => ({
  id: row.id,
  validFrom: row.valid_from,
  validTo: row.valid_to,
  capPerDeliveryOre: row.cap_per_delivery_ore,
  shareBasisPoints: row.share_basis_points,
  updatedAt: row.updated_at,
});

const toPriceBaseAmount = (row: PriceBaseAmountRow): PriceBaseAmountView => ({
  year: row.year,
  amountOre: row.amount_ore,
  updatedAt: row.updated_at,
});

function overlapError(other: SubsidyRuleRow): AppError {
  return new AppError('validation_failed', 'The period overlaps another rule.', {
    fieldErrors: [
      {
        field: 'validFrom',
        code: 'period_overlaps',
        message: `overlaps the rule from ${other.valid_from}`,
      },
    ],
  });
}

/**
 * The subsidy's dated rules (decision 0038): the region admin keeps them, no two periods
 * overlap, and the yearly claim (when the deliveries' reports land) reads them through
 * `rulesForClaims`, never from code.
 */
export function createSubsidyRulesService(deps: {
  rules: SubsidyRulesRepository;
  transaction: TransactionRunner;
  regionId: () => Promise<string>;
  now: () => number;
}) {
  const { rules, transaction, now } = deps;

  async function authorizeRegion(actor: Actor | null, action: 'read' | 'manage') {
    authorize(actor, `region.subsidy_rules.${action}`, { region: await deps.regionId() });
  }

  async function snapshot(): Promise<SubsidyRulesResponse> {
    const [ruleRows, amountRows] = await Promise.all([
      rules.listRules(),
      rules.listPriceBaseAmounts(),
    ]);
    return { rules: ruleRows.map(toRule), priceBaseAmounts: amountRows.map(toPriceBaseAmount) };
  }

  /** Writes a rule unless it overlaps another; under the rules' lock, so two saves cannot both. */
  async function save(id: string | null, body: SubsidyRuleBody) {
    await transaction(async (trx) => {
      const locked = await rules.lockRules(trx);
      const existing = id === null ? undefined : locked.find((row) => row.id === id);
      if (id !== null && !existing) throw notFound('Subsidy rule');
      const others = locked.filter((row) => row.id !== id);
      const clash = others.find((row) =>
        periodsOverlap(body, { validFrom: row.valid_from, validTo: row.valid_to }),
      );
      if (clash) throw overlapError(clash);
      const columns = {
        valid_from: body.validFrom,
        valid_to: body.validTo,
        cap_per_delivery_ore: body.capPerDeliveryOre,
        share_basis_points: body.shareBasisPoints,
        updated_at: now(),
      };
      if (existing) await rules.updateRule(existing.id, columns, trx);
      else await rules.insertRule({ id: newId(), created_at: now(), ...columns }, trx);
    });
  }

  return {
    async list(actor: Actor | null): Promise<SubsidyRulesResponse> {
      await authorizeRegion(actor, 'read');
      return snapshot();
    },

    async create(actor: Actor | null, body: SubsidyRuleBody): Promise<SubsidyRulesResponse> {
      await authorizeRegion(actor, 'manage');
      await save(null, body);
      return snapshot();
    },

    async update(
      actor: Actor | null,
      id: string,
      body: SubsidyRuleBody,
    ): Promise<SubsidyRulesResponse> {
      await authorizeRegion(actor, 'manage');
      await save(id, body);
      return snapshot();
    },

    async remove(actor: Actor | null, id: string): Promise<SubsidyRulesResponse> {
      await authorizeRegion(actor, 'manage');
      if ((await rules.deleteRule(id)) === 0) throw notFound('Subsidy rule');
      return snapshot();
    },

    async setPriceBaseAmount(
      actor: Actor | null,
      year: number,
      amountOre: number,
    ): Promise<SubsidyRulesResponse> {
      await authorizeRegion(actor, 'manage');
      await rules.upsertPriceBaseAmount({ year, amount_ore: amountOre, updated_at: now() });
      return snapshot();
    },

    /** The door the yearly claim will use: every rule and amount, as `computeSubsidyClaim` takes them. */
    async rulesForClaims(): Promise<{
      rules: SubsidyRule[];
      priceBaseAmounts: PriceBaseAmount[];
    }> {
      const { rules: ruleViews, priceBaseAmounts } = await snapshot();
      return {
        rules: ruleViews.map(({ validFrom, validTo, capPerDeliveryOre, shareBasisPoints }) => ({
          validFrom,
          validTo,
          capPerDeliveryOre,
          shareBasisPoints,
        })),
        priceBaseAmounts: priceBaseAmounts.map(({ year, amountOre }) => ({ year, amountOre })),
      };
    },
  };
}

export type SubsidyRulesService = ReturnType<typeof createSubsidyRulesService>;
