import { describe, expect, it } from 'vitest';
import type { CarrierMonthReport } from '@e-galleria/shared/carrier-reports';
import { pdfText } from '../../../../tests/api/support/pdf-text.ts';
import { carrierReportCsv } from './carrier-report-csv.ts';
import { renderCarrierReportPdf } from './carrier-report-pdf.ts';

const lines = Array.from({ length: 120 }, (_, index) => ({
  date: `2026-10-${String((index % 31) + 1).padStart(2, '0')}`,
  householdName: `Hushåll ${String(index + 1)}`,
  village: index % 2 ? 'Laisvall' : 'Adolfström',
  deliveries: 1,
  feeOre: 2000,
}));
const report: CarrierMonthReport = {
  id: 'r1',
  month: '2026-10',
  status: 'submitted',
  municipality: { name: 'Arjeplog', slug: 'arjeplog' },
  carrier: { name: 'Bussgods', slug: 'bussgods-arjeplog', orgNumber: '559011-0029' },
  lines,
  totals: { deliveries: 120, households: 120, runs: 9, km: 631.4, feesOre: 240000 },
  cost: { basis: 'run', unitOre: 150000, totalOre: 1350000 },
  comment: null,
  submittedAt: 0,
  decidedAt: null,
  corrections: [],
};

describe('the monthly report’s files', () => {
  it('runs a long month over pages and ends with the totals and the signature line', async () => {
    const text = (await pdfText(await renderCarrierReportPdf(report))).replace(/\s/g, ' ');
    expect(text).toContain('Hushåll 1');
    expect(text).toContain('Hushåll 120');
    expect(text).toContain('Antal leveranser: 120');
    expect(text).toContain('Körda kilometer: 631,4');
    expect(text).toContain('Att fakturera: 13 500,00 kr');
    expect(text.indexOf('Hushåll 120')).toBeLessThan(text.indexOf('Underskrift transportör'));
  });

  it('quotes what a spreadsheet would read as a formula', () => {
    const csv = carrierReportCsv({
      ...report,
      lines: lines.slice(0, 1).map((line) => ({ ...line, householdName: '=HYPERLINK("x")' })),
    });
    expect(csv).toContain('"=HYPERLINK(""x"")"');
    expect(csv).toContain('Att fakturera (kr);13500,00');
  });
});
