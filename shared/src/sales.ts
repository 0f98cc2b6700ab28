import { z } from 'zod';
import { calendarDateSchema } from './calendar-date-schemas.ts';
import { vatLineSchema } from './checkout.ts';
import { maxSalesPeriodDays, salesPeriodProblem } from './sales-period.ts';

const dateSchema = calendarDateSchema;

/** A period of Swedish calendar days, both included; at most a year at a time. */
export const salesQuerySchema = z
  .object({ from: dateSchema, to: dateSchema })
  .strict()
  .refine((query) => salesPeriodProblem(query) !== 'to_before_from', {
    message: 'from is after to',
    path: ['to'],
  })
  .refine((query) => salesPeriodProblem(query) !== 'too_long', {
    message: `at most ${maxSalesPeriodDays} days`,
    path: ['to'],
  });
export type SalesQuery = z.infer<typeof salesQuerySchema>;

const salesFiguresShape = {
  orderCount: z.number().int(),
  /** What the resident pays, VAT included. */
  totalOre: z.number().int(),
  vat: z.array(vatLineSchema),
  payAtPickupOre: z.number().int(),
  cardOre: z.number().int(),
  /** Card money sent on to the shop's Stripe account (when it accepted). */
  transferredOre: z.number().int(),
  /** What the galleria kept of the transferred orders' card money. */
  feeOre: z.number().int(),
};

export const salesReportSchema = z.object({
  sales: z.object({
    from: z.string(),
    to: z.string(),
    ...salesFiguresShape,
    days: z.array(z.object({ date: z.string(), ...salesFiguresShape })),
  }),
});
export type SalesReport = z.infer<typeof salesReportSchema>;
export type SalesFigures = Omit<SalesReport['sales'], 'from' | 'to' | 'days'>;
