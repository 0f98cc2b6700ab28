import PDFDocument from 'pdfkit';

/**
 * What the PDFs laid out like paper forms share (the carrier's monthly report, the yearly
 * subsidy claim): an A4 document collected into a Buffer, kronor and kilometres in Swedish,
 * and a table whose rows run over pages.
 */

export const kronor = (ore: number) =>
  new Intl.NumberFormat('sv-SE', { style: 'currency', currency: 'SEK' }).format(ore / 100);

export const oneDecimal = (value: number) =>
  new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    value,
  );

export type PdfColumn = { title: string; x: number; width: number; align: 'left' | 'right' };

/** An A4 form; `done` resolves with its bytes once `document.end()` is called. */
export function startPdfForm(info: { Title: string; Author: string }) {
  const document = new PDFDocument({ size: 'A4', margin: 50, info });
  const chunks: Buffer[] = [];
  document.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    document.on('end', () => resolve(Buffer.concat(chunks)));
    document.on('error', reject);
  });
  const left = document.page.margins.left;
  const width = document.page.width - left - document.page.margins.right;
  return { document, done, left, width };
}

/**
 * Writes one table row per call, a new page when the page is full; the header row is drawn
 * with a rule under it.
 */
export function pdfTable(document: PDFKit.PDFDocument, columns: readonly PdfColumn[]) {
  const left = columns[0]?.x ?? document.page.margins.left;
  const right = columns.reduce((end, column) => Math.max(end, column.x + column.width), left);
  const row = (cells: readonly string[], bold = false) => {
    if (document.y > document.page.height - 120) document.addPage();
    const y = document.y;
    document.font(bold ? 'Helvetica-Bold' : 'Helvetica');
    columns.forEach((column, index) => {
      document.text(cells[index] ?? '', column.x, y, {
        width: column.width,
        align: column.align,
        lineBreak: false,
      });
    });
    document.y = y + 14;
  };
  return {
    row,
    header() {
      row(
        columns.map((column) => column.title),
        true,
      );
      document
        .moveTo(left, document.y - 2)
        .lineTo(right, document.y - 2)
        .stroke();
    },
  };
}
