/**
 * Semicolon-separated files as Swedish spreadsheets open them (the carrier's monthly report,
 * the yearly subsidy claim): a BOM, CRLF, money in kronor with a decimal comma, and cells
 * quoted where a spreadsheet would split them or read a formula.
 */

export const csvCell = (value: string | number) => {
  const text = String(value);
  return /[;"\n\r]|^[=+\-@]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export const csvKronor = (ore: number) => (ore / 100).toFixed(2).replace('.', ',');

export function csvFile(lines: readonly (readonly (string | number)[])[]): string {
  return `\uFEFF${lines.map((line) => line.map(csvCell).join(';')).join('\r\n')}\r\n`;
}
