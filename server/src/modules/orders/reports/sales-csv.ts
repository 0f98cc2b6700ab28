import type { SalesFigures, SalesReport } from '@e-galleria/shared/sales';

/** Öre as Swedish kronor with a decimal comma, as a Swedish spreadsheet reads it. */
const kronor = (ore: number) => {
  const sign = ore < 0 ? '-' : '';
  const absolute = Math.abs(ore);
  return `${sign}${Math.floor(absolute / 100)},${String(absolute % 100).padStart(2, '0')}`;
};

/**
 * The sales report as CSV for the bookkeeping: one row per day and a total, semicolons and
 * decimal commas (Swedish Excel), a BOM so the å in "Försäljning" survives, VAT per rate
 * present in the period as its own column.
 */
export function salesCsv(report: SalesReport): string {
  const { sales } = report;
  const rates = [...new Set(sales.vat.map((line) => line.rateBasisPoints))].sort((a, b) => b - a);
  const header = [
    'Datum',
    'Beställningar',
    'Försäljning inkl. moms',
    ...rates.map((rate) => `Moms ${rate / 100} %`),
    'Kort',
    'Vid hämtning',
    'Överfört',
    'Avgift',
  ];
  const row = (label: string, figures: SalesFigures) => [
    label,
    String(figures.orderCount),
    kronor(figures.totalOre),
    ...rates.map((rate) =>
      kronor(figures.vat.find((line) => line.rateBasisPoints === rate)?.vatOre ?? 0),
    ),
    kronor(figures.cardOre),
    kronor(figures.payAtPickupOre),
    kronor(figures.transferredOre),
    kronor(figures.feeOre),
  ];
  const rows = [
    header,
    ...sales.days.map((day) => row(day.date, day)),
    row(`Totalt ${sales.from}–${sales.to}`, sales),
  ];
  return `\uFEFF${rows.map((cells) => cells.join(';')).join('\r\n')}\r\n`;
}
