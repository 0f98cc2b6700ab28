import { describe, expect, it } from 'vitest';
import { createVariantBodySchema } from '@e-galleria/shared/catalogue';
import { importTemplateCsv, parseCatalogueCsv, parseKronor } from './catalogue-csv.ts';

const csv = (text: string) => Buffer.from(text, 'utf8');

describe('catalogue CSV', () => {
  it('reads kronor with comma or point into exact öre', () => {
    expect(parseKronor('24,90')).toBe(2490);
    expect(parseKronor('24.9')).toBe(2490);
    expect(parseKronor('1 299')).toBe(129900);
    expect(parseKronor('0,07')).toBe(7);
    expect(parseKronor('12,345')).toBeNull();
    // How large is for the API's limits to say, not for the parser: no silent cut at 7 digits.
    expect(parseKronor('10 000 000')).toBe(1_000_000_000);
    expect(parseKronor('-5')).toBeNull();
    expect(parseKronor('')).toBeNull();
  });

  it('reads the template without errors', () => {
    const { rows, errors } = parseCatalogueCsv(csv(importTemplateCsv()));
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      line: 2,
      sku: 'KAF-450',
      priceOre: 6490,
      stock: 24,
      contentAmount: 450,
      contentUnit: 'g',
    });
    expect(rows[1]).toMatchObject({ unit: 'litre', stock: null, storageClass: 'chilled' });
  });

  it('reports every bad row with line, column, code and reason', () => {
    const { errors } = parseCatalogueCsv(
      csv(
        [
          'sku,title,category,price,vat_class,stock',
          'A-1,Ost,livsmedel,"49,90",food,3',
          'A-1,Ost igen,livsmedel,12,food,',
          'B 2,X,,tolv,luxury,-1',
        ].join('\n'),
      ),
    );
    expect(errors).toEqual([
      { line: 3, column: 'sku', code: 'duplicate_sku', reason: 'The same SKU is on line 2.' },
      { line: 4, column: 'sku', code: 'invalid_sku', reason: expect.any(String) },
      { line: 4, column: 'title', code: 'too_short', reason: expect.any(String) },
      { line: 4, column: 'category', code: 'required', reason: expect.any(String) },
      { line: 4, column: 'price', code: 'invalid_price', reason: expect.any(String) },
      { line: 4, column: 'vat_class', code: 'unknown_vat_class', reason: expect.any(String) },
      { line: 4, column: 'stock', code: 'invalid_number', reason: expect.any(String) },
    ]);
  });

  it("holds price, stock and content to the product API's limits", () => {
    const limits = {
      priceOre: createVariantBodySchema.shape.priceOre.maxValue,
      stock: createVariantBodySchema.shape.stock.unwrap().unwrap().maxValue,
      contentAmount: createVariantBodySchema.shape.contentAmount.unwrap().unwrap().maxValue,
    };
    expect(limits).toEqual({ priceOre: 100_000_000, stock: 1_000_000, contentAmount: 10_000_000 });
    const huge = '9'.repeat(400);
    const { rows, errors } = parseCatalogueCsv(
      csv(
        [
          'sku;title;category;price;vat_class;stock;content',
          'A-1;Ost;livsmedel;1 000 000;food;1000000;10000 kg',
          'A-2;Ost;livsmedel;1 000 000,01;food;1000001;99999999999 g',
          `A-3;Ost;livsmedel;${huge};food;${huge};${huge} g`,
        ].join('\n'),
      ),
    );
    expect(rows).toEqual([
      expect.objectContaining({
        sku: 'A-1',
        priceOre: limits.priceOre,
        stock: limits.stock,
        contentAmount: limits.contentAmount,
      }),
    ]);
    expect(errors.map(({ line, column, code }) => ({ line, column, code }))).toEqual([
      { line: 3, column: 'price', code: 'price_too_high' },
      { line: 3, column: 'stock', code: 'stock_too_high' },
      { line: 3, column: 'content', code: 'content_too_large' },
      { line: 4, column: 'price', code: 'price_too_high' },
      { line: 4, column: 'stock', code: 'stock_too_high' },
      { line: 4, column: 'content', code: 'content_too_large' },
    ]);
  });

  it('refuses a file without the required columns or that is not text', () => {
    expect(parseCatalogueCsv(csv('sku;title\nA;Ost\n')).errors.map((e) => e.column)).toEqual([
      'category',
      'price',
      'vat_class',
    ]);
    expect(parseCatalogueCsv(Buffer.from([0xff, 0xfe, 0x00, 0x41])).errors[0]?.line).toBe(1);
    expect(
      parseCatalogueCsv(csv('sku;title;category;price;vat_class\n"A;B\n')).errors,
    ).toHaveLength(1);
  });
});
