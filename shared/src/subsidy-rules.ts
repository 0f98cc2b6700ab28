import { z } from 'zod';
import { calendarDateSchema } from './calendar-date-schemas.ts';
import { claimYearSchema } from './subsidy-claims.ts';

// The region admin's edits of the subsidy's dated rules (decision 0038). The arithmetic that
// uses them is zod-free in `subsidy.ts`.

const dateSchema = calendarDateSchema;
const positiveOre = z.number().int().positive().max(100_000_000);

export const subsidyRuleBodySchema = z
  .object({
    validFrom: dateSchema,
    validTo: dateSchema.nullable(),
    capPerDeliveryOre: positiveOre,
    shareBasisPoints: z.number().int().min(1).max(10_000),
  })
  .strict()
  .refine(
    (body) => body.validTo === null || body.validFrom <= body.validTo,
    // A code of its own (fieldErrorCodeOf reads `params.code`): the rules' screen words it.
    {
      message: 'validTo is before validFrom',
      params: { code: 'ends_before_starts' },
      path: ['validTo'],
    },
  );
export type SubsidyRuleBody = z.infer<typeof subsidyRuleBodySchema>;

export const priceBaseAmountBodySchema = z.object({ amountOre: positiveOre }).strict();
/** The year in `/price-base-amounts/:year`: four digits, the claim's rule (not `2e3`, `0x7D0`). */
export const priceBaseAmountParamsSchema = z.object({ year: claimYearSchema });

export type SubsidyRuleView = SubsidyRuleBody & { id: string; updatedAt: number };
export type PriceBaseAmountView = { year: number; amountOre: number; updatedAt: number };
export type SubsidyRulesResponse = {
  rules: SubsidyRuleView[];
  priceBaseAmounts: PriceBaseAmountView[];
};
