import { z } from 'zod';
import type { MunicipalityHousehold } from './households.ts';

/**
 * The yearly subsidy claim (hemsändningsbidrag, DESIGN §6, decision 0043): a municipality's
 * claim for a calendar year computed from its carriers' approved monthly reports by
 * `computeSubsidyClaim` (subsidy.ts), with the reports and households behind every figure.
 * Money in öre, shares in basis points.
 */

/** A claim's year in the path: four digits within the years the rules can hold. */
export const claimYearSchema = z
  .string()
  .regex(/^\d{4}$/, 'A year as YYYY.')
  .transform(Number)
  .pipe(z.number().int().min(2000).max(2100));

/**
 * What the claim is for. Shopping trips (inköpsturer) are claimed under the same rules once the
 * handlarrunda exists; they become a second kind here, with a source of their own.
 */
export const subsidyClaimKinds = ['home_delivery'] as const;
export type SubsidyClaimKind = (typeof subsidyClaimKinds)[number];
export const subsidyClaimQuerySchema = z
  .object({ kind: z.enum(subsidyClaimKinds).default('home_delivery') })
  .strict();

/** A year that has ended is final; the running year is preliminary (decision 0043). */
export const subsidyClaimStatuses = ['final', 'preliminary'] as const;

export const subsidyClaimFiguresSchema = z.object({
  year: z.number().int(),
  carrierCostsOre: z.number().int(),
  residentFeesOre: z.number().int(),
  netCostOre: z.number().int(),
  householdsServed: z.number().int(),
  eligibleHouseholds: z.number().int(),
  eligibleDeliveries: z.number().int(),
  capOre: z.number().int(),
  shareBasisPoints: z.number().int(),
  shareOfNetCostOre: z.number().int(),
  priceBaseAmountOre: z.number().int(),
  thresholdOre: z.number().int(),
  reachesThreshold: z.boolean(),
  limitedBy: z.enum(['threshold', 'share', 'cap']),
  claimOre: z.number().int(),
});

/** An approved report the claim adds up; its id opens its PDF. */
export const subsidyClaimReportSchema = z.object({
  id: z.string(),
  month: z.string(),
  carrier: z.object({ name: z.string(), slug: z.string() }),
  deliveries: z.number().int(),
  households: z.number().int(),
  costOre: z.number().int(),
  feesOre: z.number().int(),
  decidedAt: z.number().nullable(),
});
export type SubsidyClaimReport = z.infer<typeof subsidyClaimReportSchema>;

/**
 * One household of the claim, by a pseudonymous reference (never a name): the municipality
 * can find it again from its own records, nobody else can.
 */
export const subsidyClaimHouseholdSchema = z.object({
  reference: z.string(),
  village: z.string(),
  /** large_locality: in a locality of more than 3,000; unknown_place: not in the list. */
  eligibility: z.enum(['eligible', 'large_locality', 'unknown_place']),
  deliveries: z.number().int(),
  /** The cap of its deliveries, each by the rule of its day; 0 when not eligible. */
  cappedOre: z.number().int(),
});
export type SubsidyClaimHousehold = z.infer<typeof subsidyClaimHouseholdSchema>;

/** A claim's pseudonym as the claim prints it: H- and eight hexadecimal digits. */
export const householdReferencePattern = /^H-[0-9A-F]{8}$/;

export const subsidyClaimSchema = z.object({
  municipality: z.object({ name: z.string(), slug: z.string() }),
  kind: z.enum(subsidyClaimKinds),
  status: z.enum(subsidyClaimStatuses),
  /** The cap per delivery of each rule the year's deliveries fell under. */
  capsPerDeliveryOre: z.array(z.number().int()),
  figures: subsidyClaimFiguresSchema,
  reports: z.array(subsidyClaimReportSchema),
  /** Whether the asker may open the reports' PDFs (the municipality's own admins only). */
  canOpenReports: z.boolean(),
  /** Whether the asker may look up whom a reference stands for (the municipality's admins). */
  canIdentifyHouseholds: z.boolean(),
  households: z.array(subsidyClaimHouseholdSchema),
});
export type SubsidyClaimView = z.infer<typeof subsidyClaimSchema>;

/** Whom a claim's reference stands for, with its line of the claim (the municipality's admins). */
export type SubsidyClaimHouseholdIdentity = {
  year: number;
  line: SubsidyClaimHousehold;
  household: MunicipalityHousehold;
};

/** The region's view of a year: every municipality's claim side by side. */
export const subsidyClaimsOverviewSchema = z.object({
  year: z.number().int(),
  kind: z.enum(subsidyClaimKinds),
  status: z.enum(subsidyClaimStatuses),
  municipalities: z.array(
    z.object({
      municipality: z.object({ name: z.string(), slug: z.string() }),
      approvedReports: z.number().int(),
      figures: subsidyClaimFiguresSchema,
    }),
  ),
  totals: z.object({
    netCostOre: z.number().int(),
    eligibleDeliveries: z.number().int(),
    claimOre: z.number().int(),
  }),
});
export type SubsidyClaimsOverview = z.infer<typeof subsidyClaimsOverviewSchema>;
