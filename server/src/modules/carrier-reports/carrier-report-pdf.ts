import type { CarrierMonthReport } from '@e-galleria/shared/carrier-reports';
import { kronor, oneDecimal as km, pdfTable, startPdfForm } from '../../documents/pdf-form.ts';

const costBasisLabel = { delivery: 'per leverans', run: 'per körning' } as const;

/**
 * The carrier's monthly report as a PDF laid out like the county board's paper form, in
 * Swedish as the municipality files it: who reports for which period, one line per household
 * and day, the totals, the cost to invoice and a signature line.
 */
export async function renderCarrierReportPdf(report: CarrierMonthReport): Promise<Buffer> {
  const { document, done, left, width } = startPdfForm({
    Title: `Månadsrapport hemsändning ${report.month}`,
    Author: report.carrier.name,
  });

  document.fontSize(18).font('Helvetica-Bold').text('Månadsrapport – hemsändning av varor');
  document.moveDown(0.5);
  document.fontSize(10).font('Helvetica');
  document.text(`Kommun: ${report.municipality.name}`);
  document.text(`Period: ${report.month}`);
  document.text(`Transportör: ${report.carrier.name}`);
  document.text(`Organisationsnummer: ${report.carrier.orgNumber}`);
  document.moveDown();

  // The table: date, household, village, deliveries, fee.
  const columns = [
    { title: 'Datum', x: left, width: 70, align: 'left' as const },
    { title: 'Hushåll', x: left + 75, width: 160, align: 'left' as const },
    { title: 'By', x: left + 240, width: 110, align: 'left' as const },
    { title: 'Leveranser', x: left + 355, width: 60, align: 'right' as const },
    { title: 'Avgift', x: left + 420, width: width - 420, align: 'right' as const },
  ];
  const table = pdfTable(document, columns);
  const row = table.row;
  table.header();
  for (const line of report.lines)
    row([
      line.date,
      line.householdName,
      line.village,
      String(line.deliveries),
      kronor(line.feeOre),
    ]);
  if (report.lines.length === 0) row(['', 'Inga leveranser', '', '', '']);
  document.moveDown();

  const { totals, cost } = report;
  document.x = left;
  document.font('Helvetica-Bold').text('Summering', left);
  document.font('Helvetica');
  document.text(`Antal leveranser: ${totals.deliveries}`);
  document.text(`Antal hushåll: ${totals.households}`);
  document.text(`Antal körningar: ${totals.runs}`);
  document.text(`Körda kilometer: ${km(totals.km)}`);
  document.text(`Hushållens avgifter: ${kronor(totals.feesOre)}`);
  if (cost) {
    document.text(`Pris ${costBasisLabel[cost.basis]}: ${kronor(cost.unitOre)}`);
    document.font('Helvetica-Bold').text(`Att fakturera: ${kronor(cost.totalOre)}`);
    document.font('Helvetica');
  }
  document.moveDown(3);
  document.text('_______________________________          _______________________________');
  document.text('Underskrift transportör                                   Ort och datum');
  document.end();
  return done;
}
