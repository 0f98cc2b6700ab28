import type { svCarrierReports } from './sv-carrier-reports.ts';

type Translation<Source> = {
  [Key in keyof Source]: Source[Key] extends string ? string : Translation<Source[Key]>;
};

/** The carriers' monthly reports. */
export const enCarrierReports: Translation<typeof svCarrierReports> = {
  carrier: {
    heading: 'Monthly report',
    intro: 'The report to the municipality is computed from your runs and delivered orders.',
    month: 'Month',
    show: 'Show',
    loading: 'Loading the report …',
    loadFailed: 'The report could not be loaded: {{reason}}',
    tableLabel: 'Deliveries per household and day',
    empty: 'No deliveries this month.',
    date: 'Date',
    household: 'Household',
    village: 'Village',
    deliveries: 'Deliveries',
    fee: 'Fee',
    totals: 'Totals',
    totalDeliveries: 'Deliveries: {{count}}',
    totalHouseholds: 'Households: {{count}}',
    totalRuns: 'Runs: {{count}}',
    totalKm: 'Kilometres: {{km}}',
    totalFees: 'Households’ fees: {{amount}}',
    costToInvoice: 'To invoice: {{amount}}',
    pdf: 'Download as PDF',
    csv: 'Download as CSV',
    costBasis: 'Your price is',
    perDelivery: 'per delivery',
    perRun: 'per run',
    costUnit: 'Price (SEK)',
    submit: 'Submit the report to the municipality',
    submitting: 'Submitting …',
    invalidCost: 'Enter the price in kronor, for example 150 or 150.50.',
    status: {
      submitted: 'Submitted, waiting for the municipality',
      approved: 'Approved by the municipality',
      returned: 'Returned by the municipality',
    },
    comment: 'The municipality’s comment: {{comment}}',
  },
  admin: {
    heading: 'Carriers’ monthly reports',
    loading: 'Loading the reports …',
    loadFailed: 'The reports could not be loaded: {{reason}}',
    empty: 'No reports submitted yet.',
    report: '{{carrier}}, {{month}}',
    summary:
      '{{deliveries}} deliveries to {{households}} households, {{runs}} runs, {{km}} km. To invoice: {{cost}}.',
    differs: 'Differs from what is recorded now.',
    recorded:
      'Recorded: {{deliveries}} deliveries to {{households}} households, {{runs}} runs, {{km}} km, fees {{fees}}.',
    pdf: 'PDF',
    comment: 'Comment to the carrier',
    approve: 'Approve',
    return: 'Return',
    commentRequired: 'Write what the carrier needs to correct.',
    status: {
      submitted: 'Waiting for a decision',
      approved: 'Approved',
      returned: 'Returned',
    },
  },
};
