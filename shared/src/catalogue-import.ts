import { z } from 'zod';
import { createVariantBodySchema, updateProductBodySchema } from './catalogue.ts';

/**
 * The CSV a shop imports its goods from: the shape a till system or a spreadsheet exports.
 * One row per article, identified by its SKU, so importing the same file twice changes
 * nothing and a changed price updates. Semicolon, comma or tab separated, UTF-8.
 */
export const importColumns = [
  'sku',
  'title',
  'description',
  'category',
  'price',
  'vat_class',
  'unit',
  'stock',
  'storage_class',
  'status',
  'content',
] as const;
export type ImportColumn = (typeof importColumns)[number];
export const requiredImportColumns: readonly ImportColumn[] = [
  'sku',
  'title',
  'category',
  'price',
  'vat_class',
];

/** At most this many articles per file; larger catalogues are split into several files. */
export const maxImportRows = 20_000;

/** Stable codes of what is wrong with a row, for clients to translate; `reason` is English. */
export const importErrorCodes = [
  'not_utf8',
  'unreadable_csv',
  'no_rows',
  'missing_column',
  'unknown_column',
  'too_many_rows',
  'required',
  'invalid_sku',
  'duplicate_sku',
  'too_short',
  'too_long',
  'unknown_category',
  'invalid_price',
  'unknown_vat_class',
  'unknown_unit',
  'invalid_number',
  'unknown_storage_class',
  'unknown_status',
  'invalid_content',
  'price_too_high',
  'stock_too_high',
  'content_too_large',
] as const;
export type ImportErrorCode = (typeof importErrorCodes)[number];

/**
 * The product API's own rules for the values a row holds, so a file cannot store what the
 * product form would refuse (one source of truth: a changed API limit changes the import).
 */
export const importValueSchemas = {
  sku: createVariantBodySchema.shape.sku,
  title: updateProductBodySchema.shape.title.unwrap(),
  description: updateProductBodySchema.shape.description.unwrap(),
  priceOre: createVariantBodySchema.shape.priceOre,
  stock: createVariantBodySchema.shape.stock.unwrap().unwrap(),
  contentAmount: createVariantBodySchema.shape.contentAmount.unwrap().unwrap(),
};

function limitOf(limit: number | null): number {
  // Read once when the module loads: an API schema that lost its bound fails at start-up.
  if (limit === null) throw new Error('An import limit lacks its bound in the product schema.');
  return limit;
}

/** The bounds of `importValueSchemas`, for the reasons and the import page's texts. */
export const importLimits = {
  titleMinLength: limitOf(importValueSchemas.title.minLength),
  titleMaxLength: limitOf(importValueSchemas.title.maxLength),
  descriptionMaxLength: limitOf(importValueSchemas.description.maxLength),
  maxPriceOre: limitOf(importValueSchemas.priceOre.maxValue),
  maxStock: limitOf(importValueSchemas.stock.maxValue),
  /** In grams, millilitres or pieces. */
  maxContentAmount: limitOf(importValueSchemas.contentAmount.maxValue),
};

export const importRowErrorSchema = z.object({
  /** 1-based line in the file; the header is line 1. */
  line: z.number().int(),
  /** The column name, or null for the whole row. */
  column: z.string().nullable(),
  code: z.enum(importErrorCodes),
  /** English; the fallback for a code a client does not know yet. */
  reason: z.string(),
});
export type ImportRowError = z.infer<typeof importRowErrorSchema>;

export const importReportSchema = z.object({
  totalRows: z.number().int(),
  isValid: z.boolean(),
  /** Every bad row, in file order (at most 1000 listed; `errorCount` has them all). */
  errors: z.array(importRowErrorSchema),
  errorCount: z.number().int(),
  /** What the import would do (dry run) or will do. */
  summary: z.object({
    create: z.number().int(),
    update: z.number().int(),
    unchanged: z.number().int(),
  }),
});
export type ImportReport = z.infer<typeof importReportSchema>;

/**
 * Why a job failed, as stored and shown. `internal_error`: anything unexpected, whose own text
 * (SQL, stack) is logged and never shown to the shop; `interrupted`: the server restarted.
 */
export const importFailures = ['interrupted', 'internal_error'] as const;
export type ImportFailure = (typeof importFailures)[number];

export const importJobSchema = z.object({
  id: z.string(),
  status: z.enum(['running', 'completed', 'failed']),
  totalRows: z.number().int(),
  processedRows: z.number().int(),
  createdCount: z.number().int(),
  updatedCount: z.number().int(),
  unchangedCount: z.number().int(),
  failure: z.enum(importFailures).nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ImportJob = z.infer<typeof importJobSchema>;

export const importQuerySchema = z
  .object({ dryRun: z.enum(['true', 'false']).default('false') })
  .strict();
