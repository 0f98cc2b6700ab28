import type { SubsidyClaimView } from '@e-galleria/shared/subsidy-claims';
import { csvFile, csvKronor as kronor } from '../../documents/csv-file.ts';
import { eligibilityLabel, limitLabel, percent, statusLabel } from './subsidy-claim-labels.ts';

/**
 * The yearly claim as a semicolon CSV: the figures step by step, the approved reports (with
 * their ids, to find each report's PDF), then one line per household by reference.
 */
export function subsidyClaimCsv(claim: SubsidyClaimView): string {
  const { figures } = claim;
  return csvFile([
    ['Kommun', claim.municipality.name],
    ['År', figures.year],
    ['Status', statusLabel[claim.status]],
    [],
    ['Transportörernas kostnader (kr)', kronor(figures.carrierCostsOre)],
    ['Hushållens avgifter (kr)', kronor(figures.residentFeesOre)],
    ['Nettokostnad (kr)', kronor(figures.netCostOre)],
    ['Hushåll som fått leveranser', figures.householdsServed],
    ['Bidragsgrundande hushåll', figures.eligibleHouseholds],
    ['Bidragsgrundande leveranser', figures.eligibleDeliveries],
    ['Tak per leverans (kr)', claim.capsPerDeliveryOre.map(kronor).join(' / ')],
    ['Tak × leveranser (kr)', kronor(figures.capOre)],
    ['Andel av nettokostnaden', percent(figures.shareBasisPoints)],
    ['Andel av nettokostnaden (kr)', kronor(figures.shareOfNetCostOre)],
    ['Prisbasbelopp (kr)', kronor(figures.priceBaseAmountOre)],
    ['Tröskel, halva prisbasbeloppet (kr)', kronor(figures.thresholdOre)],
    ['Avgörande gräns', limitLabel[figures.limitedBy]],
    ['Bidrag att söka (kr)', kronor(figures.claimOre)],
    [],
    [
      'Rapport-id',
      'Månad',
      'Transportör',
      'Leveranser',
      'Hushåll',
      'Kostnad (kr)',
      'Avgifter (kr)',
    ],
    ...claim.reports.map((report) => [
      report.id,
      report.month,
      report.carrier.name,
      report.deliveries,
      report.households,
      kronor(report.costOre),
      kronor(report.feesOre),
    ]),
    [],
    ['Referens', 'By', 'Bidragsgrundande', 'Leveranser', 'Tak (kr)'],
    ...claim.households.map((household) => [
      household.reference,
      household.village,
      eligibilityLabel[household.eligibility],
      household.deliveries,
      kronor(household.cappedOre),
    ]),
  ]);
}
