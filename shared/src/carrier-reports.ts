import { z } from 'zod';
import { calendarMonthSchema } from './calendar-date-schemas.ts';
import { carrierReportForwardSchema, runCorrectionSchema } from './run-corrections.ts';

/**
 * A carrier's monthly report to its municipality (issue 14): the month's delivered notes per
 * household and day, its closed runs and kilometres, the residents' fees, and the cost the
 * carrier invoices. Money in öre, kilometres in tenths on the wire as km (one decimal).
 */
/** A report's month, YYYY-MM, within the years a date may be in (calendar-date-schemas.ts). */
export const reportMonthSchema = calendarMonthSchema;

export const carrierReportStatuses = ['submitted', 'approved', 'returned'] as const;
export type CarrierReportStatus = (typeof carrierReportStatuses)[number];

export const costBases = ['delivery', 'run'] as const;
export type CostBasis = (typeof costBases)[number];

/** One household's deliveries on one day. */
export const carrierReportLineSchema = z.object({
  date: z.string(),
  householdName: z.string(),
  village: z.string(),
  deliveries: z.number().int(),
  feeOre: z.number().int(),
});
export type CarrierReportLine = z.infer<typeof carrierReportLineSchema>;

export const carrierReportTotalsSchema = z.object({
  deliveries: z.number().int(),
  households: z.number().int(),
  runs: z.number().int(),
  km: z.number(),
  feesOre: z.number().int(),
});
export type CarrierReportTotals = z.infer<typeof carrierReportTotalsSchema>;

export const carrierReportCostSchema = z.object({
  basis: z.enum(costBases),
  unitOre: z.number().int(),
  totalOre: z.number().int(),
});

/** The month as recorded, or as submitted when a report exists. */
export const carrierMonthReportSchema = z.object({
  id: z.string().nullable(),
  month: z.string(),
  status: z.enum(carrierReportStatuses).nullable(),
  municipality: z.object({ name: z.string(), slug: z.string() }),
  carrier: z.object({ name: z.string(), slug: z.string(), orgNumber: z.string() }),
  lines: z.array(carrierReportLineSchema),
  totals: carrierReportTotalsSchema,
  cost: carrierReportCostSchema.nullable(),
  comment: z.string().nullable(),
  submittedAt: z.number().nullable(),
  decidedAt: z.number().nullable(),
  /** The month's corrections of runs and notes, newest first, with their reasons. */
  corrections: z.array(runCorrectionSchema),
});
export type CarrierMonthReport = z.infer<typeof carrierMonthReportSchema>;

export const submitCarrierReportBodySchema = z
  .object({
    costBasis: z.enum(costBases),
    /** The carrier's price per delivery or per run, in öre. */
    costUnitOre: z.number().int().min(0).max(1_000_000_00),
  })
  .strict();
export type SubmitCarrierReportBody = z.infer<typeof submitCarrierReportBodySchema>;

export const decideCarrierReportBodySchema = z
  .object({ comment: z.string().trim().max(1000).optional() })
  .strict();
export const returnCarrierReportBodySchema = z
  .object({ comment: z.string().trim().min(1).max(1000) })
  .strict();

/** A row of the municipality admin's list. */
export const carrierReportSummarySchema = z.object({
  id: z.string(),
  month: z.string(),
  status: z.enum(carrierReportStatuses),
  carrier: z.object({ name: z.string(), slug: z.string() }),
  totals: carrierReportTotalsSchema,
  /**
   * While it waits for a decision: what the system records for that month now, for the
   * municipality to check the report against (a run corrected since differs).
   */
  recorded: carrierReportTotalsSchema.nullable(),
  costOre: z.number().int(),
  comment: z.string().nullable(),
  submittedAt: z.number(),
  /** The month's corrections of runs and notes, newest first, with their reasons. */
  corrections: z.array(runCorrectionSchema),
  /** Where the approved report's PDF was forwarded, newest first. */
  forwards: z.array(carrierReportForwardSchema),
});
export type CarrierReportSummary = z.infer<typeof carrierReportSummarySchema>;
