import { parse } from 'csv-parse/sync';
import type { ContentUnit, ProductUnit, StorageClass } from '@e-galleria/shared/catalogue';
import {
  importColumns,
  importLimits,
  importValueSchemas,
  maxImportRows,
  requiredImportColumns,
  type ImportErrorCode,
  type ImportRowError,
} from '@e-galleria/shared/catalogue-import';
import { vatClasses, type VatClass } from '@e-galleria/shared/vat';

export type ImportRow = {
  line: number;
  sku: string;
  title: string;
  description: string;
  /** Category slug or id, resolved by the service. */
  category: string;
  priceOre: number;
  vatClass: VatClass;
  unit: ProductUnit;
  /** Null: stock is not tracked. */
  stock: number | null;
  storageClass: StorageClass;
  /** Null: draft for a new article, unchanged for an existing one. */
  status: 'draft' | 'published' | null;
  contentAmount: number | null;
  contentUnit: ContentUnit | null;
};

// Till systems and Swedish spreadsheets say it in Swedish as often as not.
const units: Record<string, ProductUnit> = {
  piece: 'piece',
  st: 'piece',
  styck: 'piece',
  kg: 'kg',
  litre: 'litre',
  liter: 'litre',
  l: 'litre',
  pack: 'pack',
  förp: 'pack',
  forp: 'pack',
};
const storageClasses: Record<string, StorageClass> = {
  ambient: 'ambient',
  rumstemperatur: 'ambient',
  chilled: 'chilled',
  kyl: 'chilled',
  frozen: 'frozen',
  frys: 'frozen',
};
const contentUnits: Record<string, { unit: ContentUnit; factor: number }> = {
  g: { unit: 'g', factor: 1 },
  kg: { unit: 'g', factor: 1000 },
  ml: { unit: 'ml', factor: 1 },
  cl: { unit: 'ml', factor: 10 },
  dl: { unit: 'ml', factor: 100 },
  l: { unit: 'ml', factor: 1000 },
  st: { unit: 'piece', factor: 1 },
  piece: { unit: 'piece', factor: 1 },
};

/**
 * "24,90", "24.90", "1 299" or "1 299,5" kronor → öre, exactly (no floating point) up to any
 * price the API allows; how large is for `importValueSchemas` to say (a long one is Infinity).
 */
export function parseKronor(text: string): number | null {
  const match = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(text.replace(/[\s\u00a0]/g, ''));
  if (!match) return null;
  const [, kronor = '0', decimals = ''] = match;
  return Number(kronor) * 100 + Number(decimals.padEnd(2, '0'));
}

function parseContent(text: string): { amount: number; unit: ContentUnit } | null {
  const match = /^(\d+(?:[.,]\d{1,3})?)\s*([a-z]+)$/i.exec(text.trim());
  const unit = match ? contentUnits[(match[2] ?? '').toLowerCase()] : undefined;
  if (!match || !unit) return null;
  const amount = Math.round(Number((match[1] ?? '').replace(',', '.')) * unit.factor);
  return amount > 0 ? { amount, unit: unit.unit } : null;
}

function detectDelimiter(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const counts = [';', ',', '\t'].map((delimiter) => ({
    delimiter,
    count: header.split(delimiter).length,
  }));
  return counts.sort((a, b) => b.count - a.count)[0]?.delimiter ?? ';';
}

/**
 * Reads and checks a whole file before anything is written: every bad row is reported with
 * its line, column and reason, so a bad file changes nothing.
 */
export function parseCatalogueCsv(buffer: Buffer): { rows: ImportRow[]; errors: ImportRowError[] } {
  const text = buffer.toString('utf8');
  if (text.includes('\uFFFD'))
    return {
      rows: [],
      errors: [{ line: 1, column: null, code: 'not_utf8', reason: 'The file is not UTF-8 text.' }],
    };
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      columns: (header: string[]) => header.map((name) => name.trim().toLowerCase()),
      delimiter: detectDelimiter(text.replace(/^\uFEFF/, '')),
      info: true,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
      max_record_size: 20_000,
    }) as unknown as { record: Record<string, string>; info: { lines: number } }[];
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return {
      rows: [],
      errors: [
        {
          line,
          column: null,
          code: 'unreadable_csv',
          reason: `The file cannot be read as CSV: ${(error as Error).message}`,
        },
      ],
    };
  }
  const header = Object.keys(records[0]?.record ?? {});
  const errors: ImportRowError[] = [];
  if (records.length === 0)
    errors.push({ line: 1, column: null, code: 'no_rows', reason: 'The file has no rows.' });
  const missing = requiredImportColumns.filter((column) => !header.includes(column));
  for (const column of missing)
    errors.push({
      line: 1,
      column,
      code: 'missing_column',
      reason: 'The header lacks this column.',
    });
  const unknown = header.filter((name) => !(importColumns as readonly string[]).includes(name));
  for (const column of unknown)
    errors.push({
      line: 1,
      column,
      code: 'unknown_column',
      reason: 'Unknown column; see the template.',
    });
  if (records.length > maxImportRows)
    errors.push({
      line: 1,
      column: null,
      code: 'too_many_rows',
      reason: `At most ${maxImportRows} rows per file.`,
    });
  if (errors.length > 0) return { rows: [], errors };

  const rows: ImportRow[] = [];
  const seenSkus = new Map<string, number>();
  for (const { record, info } of records) {
    const line = info.lines;
    const rowErrors: ImportRowError[] = [];
    const fail = (column: string | null, code: ImportErrorCode, reason: string) =>
      rowErrors.push({ line, column, code, reason });
    const cell = (column: string) => record[column] ?? '';
    // An empty required cell is `required` whatever else the column would say.
    const orRequired = (column: string, code: ImportErrorCode) =>
      cell(column) === '' ? 'required' : code;

    const sku = importValueSchemas.sku.safeParse(cell('sku'));
    if (!sku.success)
      fail(
        'sku',
        orRequired('sku', 'invalid_sku'),
        'Required; letters, digits and . _ - / only, at most 64.',
      );
    else if (seenSkus.has(sku.data))
      fail('sku', 'duplicate_sku', `The same SKU is on line ${seenSkus.get(sku.data) ?? 0}.`);
    else seenSkus.set(sku.data, line);
    const title = cell('title');
    if (!importValueSchemas.title.safeParse(title).success)
      fail(
        'title',
        title.length > importLimits.titleMaxLength ? 'too_long' : orRequired('title', 'too_short'),
        `Required, ${importLimits.titleMinLength} to ${importLimits.titleMaxLength} characters.`,
      );
    const description = cell('description');
    if (!importValueSchemas.description.safeParse(description).success)
      fail('description', 'too_long', `At most ${importLimits.descriptionMaxLength} characters.`);
    if (!cell('category')) fail('category', 'required', 'Required: a category such as livsmedel.');
    const priceOre = parseKronor(cell('price'));
    if (priceOre === null)
      fail('price', orRequired('price', 'invalid_price'), 'Kronor such as 24,90.');
    else if (!importValueSchemas.priceOre.safeParse(priceOre).success)
      fail('price', 'price_too_high', `At most ${importLimits.maxPriceOre / 100} kronor.`);
    const vatClass = cell('vat_class').toLowerCase();
    if (!(vatClasses as readonly string[]).includes(vatClass))
      fail(
        'vat_class',
        orRequired('vat_class', 'unknown_vat_class'),
        'One of standard, food, reduced.',
      );
    const unit = cell('unit') ? units[cell('unit').toLowerCase()] : 'piece';
    if (!unit) fail('unit', 'unknown_unit', 'One of piece, kg, litre, pack.');
    const stockText = cell('stock');
    const stock = stockText === '' ? null : /^\d+$/.test(stockText) ? Number(stockText) : NaN;
    if (Number.isNaN(stock))
      fail('stock', 'invalid_number', 'A whole number of at least 0, or empty.');
    else if (stock !== null && !importValueSchemas.stock.safeParse(stock).success)
      fail('stock', 'stock_too_high', `At most ${importLimits.maxStock}.`);
    const storageClass = cell('storage_class')
      ? storageClasses[cell('storage_class').toLowerCase()]
      : 'ambient';
    if (!storageClass)
      fail('storage_class', 'unknown_storage_class', 'One of ambient, chilled, frozen.');
    const status = cell('status').toLowerCase();
    if (status !== '' && status !== 'draft' && status !== 'published')
      fail('status', 'unknown_status', 'draft, published or empty.');
    const content = cell('content') ? parseContent(cell('content')) : null;
    if (cell('content') && !content)
      fail('content', 'invalid_content', 'Such as 500 g, 1,5 l or 6 st.');
    else if (content && !importValueSchemas.contentAmount.safeParse(content.amount).success)
      fail(
        'content',
        'content_too_large',
        `At most ${importLimits.maxContentAmount} g, ml or st (${importLimits.maxContentAmount / 1000} kg or l).`,
      );

    if (rowErrors.length > 0) {
      errors.push(...rowErrors);
      continue;
    }
    rows.push({
      line,
      sku: sku.data ?? '',
      title,
      description,
      category: cell('category'),
      priceOre: priceOre ?? 0,
      vatClass: vatClass as VatClass,
      unit: unit ?? 'piece',
      stock,
      storageClass: storageClass ?? 'ambient',
      status: status === '' ? null : (status as 'draft' | 'published'),
      contentAmount: content?.amount ?? null,
      contentUnit: content?.unit ?? null,
    });
  }
  return { rows, errors };
}

/** The downloadable template: the header and two example rows, with a BOM for Excel. */
export function importTemplateCsv(): string {
  return `\uFEFF${[
    importColumns.join(';'),
    'KAF-450;Bryggkaffe mellanrost;Ekologiskt, 450 g.;livsmedel;64,90;food;piece;24;ambient;published;450 g',
    'MJOLK-1;Mellanmjölk 1,5 %;;livsmedel;17,50;food;litre;;chilled;draft;1 l',
  ].join('\r\n')}\r\n`;
}
