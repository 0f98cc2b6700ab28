import type { CarrierMonthReport } from '@e-galleria/shared/carrier-reports';
import { csvFile, csvKronor as kronor } from '../../documents/csv-file.ts';

/**
 * The report as a semicolon-separated CSV, as Swedish spreadsheets open it: one line per
 * household and day, then the totals. Money in kronor with a decimal comma.
 */
export function carrierReportCsv(report: CarrierMonthReport): string {
  const lines = [
    ['Kommun', report.municipality.name],
    ['Period', report.month],
    ['Transportör', report.carrier.name],
    ['Organisationsnummer', report.carrier.orgNumber],
    [],
    ['Datum', 'Hushåll', 'By', 'Leveranser', 'Avgift (kr)'],
    ...report.lines.map((line) => [
      line.date,
      line.householdName,
      line.village,
      line.deliveries,
      kronor(line.feeOre),
    ]),
    [],
    ['Antal leveranser', report.totals.deliveries],
    ['Antal hushåll', report.totals.households],
    ['Antal körningar', report.totals.runs],
    ['Körda kilometer', report.totals.km.toFixed(1).replace('.', ',')],
    ['Hushållens avgifter (kr)', kronor(report.totals.feesOre)],
    ...(report.cost ? [['Att fakturera (kr)', kronor(report.cost.totalOre)]] : []),
  ];
  return csvFile(lines);
}
