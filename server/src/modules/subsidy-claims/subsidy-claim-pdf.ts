import type { SubsidyClaimView } from '@e-galleria/shared/subsidy-claims';
import { kronor, pdfTable, startPdfForm } from '../../documents/pdf-form.ts';
import { eligibilityLabel, limitLabel, percent, statusLabel } from './subsidy-claim-labels.ts';

/**
 * The yearly claim as a PDF the municipality attaches to its application: the claim worked
 * out step by step, then the approved reports and the households behind it (by reference,
 * never by name), and a signature line.
 */
export async function renderSubsidyClaimPdf(claim: SubsidyClaimView): Promise<Buffer> {
  const { figures } = claim;
  const { document, done, left, width } = startPdfForm({
    Title: `Hemsändningsbidrag ${figures.year} ${claim.municipality.name}`,
    Author: claim.municipality.name,
  });
  document.fontSize(18).font('Helvetica-Bold').text('Hemsändningsbidrag – underlag för ansökan');
  document.moveDown(0.5);
  document.fontSize(10).font('Helvetica');
  document.text(`Kommun: ${claim.municipality.name}`);
  document.text(`År: ${figures.year} (${statusLabel[claim.status]})`);
  document.text('Avser: hemsändning av dagligvaror');
  document.moveDown();

  document.font('Helvetica-Bold').text('Beräkning');
  document.font('Helvetica');
  const caps = claim.capsPerDeliveryOre.map(kronor).join(' / ') || '–';
  const steps: [string, string][] = [
    ['Transportörernas kostnader', kronor(figures.carrierCostsOre)],
    ['Hushållens avgifter', `− ${kronor(figures.residentFeesOre)}`],
    ['Nettokostnad', kronor(figures.netCostOre)],
    ['Hushåll som fått leveranser', String(figures.householdsServed)],
    ['Hushåll utanför tätort över 3 000 invånare', String(figures.eligibleHouseholds)],
    ['Bidragsgrundande leveranser', String(figures.eligibleDeliveries)],
    [`Tak: ${caps} × leveranser`, kronor(figures.capOre)],
    [`${percent(figures.shareBasisPoints)} av nettokostnaden`, kronor(figures.shareOfNetCostOre)],
    [`Prisbasbelopp ${figures.year}`, kronor(figures.priceBaseAmountOre)],
    ['Tröskel: halva prisbasbeloppet', kronor(figures.thresholdOre)],
    ['Avgörande gräns', limitLabel[figures.limitedBy]],
  ];
  const sums = pdfTable(document, [
    { title: 'Steg', x: left, width: 330, align: 'left' },
    { title: 'Belopp', x: left + 335, width: width - 335, align: 'right' },
  ]);
  for (const step of steps) sums.row(step);
  sums.row(['Bidrag att söka', kronor(figures.claimOre)], true);
  document.moveDown();

  document.x = left;
  document.font('Helvetica-Bold').text('Godkända månadsrapporter', left);
  const reports = pdfTable(document, [
    { title: 'Månad', x: left, width: 55, align: 'left' },
    { title: 'Transportör', x: left + 60, width: 150, align: 'left' },
    { title: 'Leveranser', x: left + 215, width: 60, align: 'right' },
    { title: 'Kostnad', x: left + 280, width: 95, align: 'right' },
    { title: 'Avgifter', x: left + 380, width: width - 380, align: 'right' },
  ]);
  reports.header();
  for (const report of claim.reports)
    reports.row([
      report.month,
      report.carrier.name,
      String(report.deliveries),
      kronor(report.costOre),
      kronor(report.feesOre),
    ]);
  if (claim.reports.length === 0) reports.row(['', 'Inga godkända rapporter', '', '', '']);
  document.moveDown();

  document.x = left;
  document.font('Helvetica-Bold').text('Hushåll (referens, inga namn)', left);
  const households = pdfTable(document, [
    { title: 'Referens', x: left, width: 70, align: 'left' },
    { title: 'By', x: left + 75, width: 110, align: 'left' },
    { title: 'Bidragsgrundande', x: left + 190, width: 170, align: 'left' },
    { title: 'Leveranser', x: left + 365, width: 55, align: 'right' },
    { title: 'Tak', x: left + 425, width: width - 425, align: 'right' },
  ]);
  households.header();
  for (const household of claim.households)
    households.row([
      household.reference,
      household.village,
      eligibilityLabel[household.eligibility],
      String(household.deliveries),
      kronor(household.cappedOre),
    ]);
  document.moveDown(3);
  document.x = left;
  document.text('_______________________________          _______________________________');
  document.text('Underskrift kommunen                                       Ort och datum');
  document.end();
  return done;
}
