import { z } from 'zod';
import { emailSchema } from './auth.ts';

/**
 * Corrections of a carrier's recorded month (issue 14, decision 0044): a closed run's
 * kilometres, a delivery note's outcome as the monthly report counts it, or the amount
 * collected at the door — each with a reason kept in the history. Allowed while the month's
 * report is not submitted, or returned.
 */
export const correctionReasonSchema = z.string().trim().min(3).max(500);

export const correctRunBodySchema = z
  .object({
    /** Kilometres driven, to a tenth. */
    km: z.number().min(0).max(5000),
    reason: correctionReasonSchema,
  })
  .strict();
export type CorrectRunBody = z.infer<typeof correctRunBodySchema>;

export const correctNoteBodySchema = z
  .object({
    /** Whether the report counts the note as a delivery. */
    delivered: z.boolean().optional(),
    /** What was collected at the door, in öre (notes paid on delivery only). */
    collectedOre: z.number().int().min(0).max(1_000_000_00).optional(),
    reason: correctionReasonSchema,
  })
  .strict();
export type CorrectNoteBody = z.infer<typeof correctNoteBodySchema>;

export const correctionFields = ['km', 'delivered', 'collected'] as const;
export type CorrectionField = (typeof correctionFields)[number];

/** One row of a month's correction history. `from`/`to`: km, 1/0 for delivered, or öre. */
export const runCorrectionSchema = z.object({
  id: z.string(),
  at: z.string(),
  by: z.string(),
  field: z.enum(correctionFields),
  from: z.number().nullable(),
  to: z.number().nullable(),
  reason: z.string(),
  /** The run's or the note's day, and what names it. */
  date: z.string(),
  subject: z.string(),
});
export type RunCorrection = z.infer<typeof runCorrectionSchema>;

/** A closed run of the month, as the carrier may correct it. */
export const correctableRunSchema = z.object({
  id: z.string(),
  date: z.string(),
  route: z.string(),
  vehicle: z.string(),
  km: z.number(),
});
export type CorrectableRun = z.infer<typeof correctableRunSchema>;

/** A note of the month with an outcome, as the report counts it now. */
export const correctableNoteSchema = z.object({
  orderId: z.string(),
  date: z.string(),
  householdName: z.string(),
  village: z.string(),
  recordedOutcome: z.enum(['delivered', 'not_home', 'refused']),
  delivered: z.boolean(),
  collectOre: z.number().int(),
  collectedOre: z.number().int().nullable(),
});
export type CorrectableNote = z.infer<typeof correctableNoteSchema>;

export const correctableMonthSchema = z.object({
  runs: z.array(correctableRunSchema),
  notes: z.array(correctableNoteSchema),
});
export type CorrectableMonth = z.infer<typeof correctableMonthSchema>;

/** An approved report's PDF forwarded as it is, e.g. to the county board's registry. */
export const forwardCarrierReportBodySchema = z
  .object({
    to: emailSchema,
    message: z.string().trim().max(1000).optional(),
  })
  .strict();
export type ForwardCarrierReportBody = z.infer<typeof forwardCarrierReportBodySchema>;

export const carrierReportForwardSchema = z.object({
  to: z.string(),
  at: z.string(),
  by: z.string(),
});
export type CarrierReportForward = z.infer<typeof carrierReportForwardSchema>;
