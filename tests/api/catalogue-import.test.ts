import type supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../server/src/db/ids.ts';
import { createPublishedShop, type ShopFixture } from './support/factories.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
let shop: ShopFixture;
let owner: supertest.Agent;

beforeAll(async () => {
  t = await createTestApp();
  shop = await createPublishedShop(t, { name: 'Importboden' });
  owner = await t.loginAs(shop.ownerEmail);
});
afterAll(() => t.close());

const header =
  'sku;title;description;category;price;vat_class;unit;stock;storage_class;status;content';
function fileOf(lines: string[]) {
  return Buffer.from([header, ...lines].join('\n'), 'utf8');
}
function generated(count: number, price = '10,00') {
  return Array.from(
    { length: count },
    (_, index) =>
      `GEN-${index};Knäckebröd ${index};;bageri;${price};food;pack;${index % 5};ambient;published;500 g`,
  );
}

function upload(file: Buffer, dryRun: boolean) {
  return owner
    .post(`/api/v1/shops/${shop.id}/catalogue-imports${dryRun ? '?dryRun=true' : ''}`)
    .attach('file', file, 'varor.csv');
}

async function importAndWait(file: Buffer) {
  const started = await upload(file, false);
  expect(started.status).toBe(202);
  let job = started.body.import;
  for (let attempt = 0; job.status === 'running' && attempt < 400; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    const polled = await owner.get(`/api/v1/shops/${shop.id}/catalogue-imports/${job.id}`);
    expect(polled.status).toBe(200);
    job = polled.body.import;
    expect(job.processedRows).toBeLessThanOrEqual(job.totalRows);
  }
  return job as {
    id: string;
    status: string;
    failure: string | null;
    processedRows: number;
    totalRows: number;
    createdCount: number;
    updatedCount: number;
    unchangedCount: number;
  };
}

const countProducts = async () =>
  Number(
    (
      (await t.database
        .knex('products')
        .where({ shop_id: shop.id })
        .count('* as count')
        .first()) as {
        count: number | string;
      }
    ).count,
  );

describe('CSV import of goods', () => {
  it('offers a template that imports as it is', async () => {
    const template = await t.agent().get('/api/v1/catalogue/import-template.csv');
    expect(template.status).toBe(200);
    expect(template.headers['content-type']).toMatch(/^text\/csv/);
    const dry = await upload(Buffer.from(template.text, 'utf8'), true);
    expect(dry.status).toBe(200);
    expect(dry.body.report).toMatchObject({ isValid: true, totalRows: 2, summary: { create: 2 } });
  });

  it('reports every bad row in a dry run with line, column, code and reason, and changes nothing', async () => {
    const before = await countProducts();
    const file = fileOf([
      'OK-1;Lingonsylt;;livsmedel;39,90;food;piece;3;ambient;published;',
      'BAD-1;Ost;;ostar;49,90;food;piece;;chilled;;',
      'BAD-2;Mjölk;;livsmedel;gratis;food;piece;;chilled;;',
      'OK-1;Dubblett;;livsmedel;1;food;piece;;ambient;;',
      'BAD-3;Glass;;livsmedel;;lyx;tunna;x;ljummen;såld;',
    ]);
    const dry = await upload(file, true);
    expect(dry.status).toBe(200);
    expect(dry.body.report).toMatchObject({ isValid: false, totalRows: 5, errorCount: 9 });
    expect(dry.body.report.errors).toEqual([
      { line: 3, column: 'category', code: 'unknown_category', reason: 'Unknown category.' },
      { line: 4, column: 'price', code: 'invalid_price', reason: expect.any(String) },
      { line: 5, column: 'sku', code: 'duplicate_sku', reason: 'The same SKU is on line 2.' },
      { line: 6, column: 'price', code: 'required', reason: expect.any(String) },
      { line: 6, column: 'vat_class', code: 'unknown_vat_class', reason: expect.any(String) },
      { line: 6, column: 'unit', code: 'unknown_unit', reason: expect.any(String) },
      { line: 6, column: 'stock', code: 'invalid_number', reason: expect.any(String) },
      {
        line: 6,
        column: 'storage_class',
        code: 'unknown_storage_class',
        reason: expect.any(String),
      },
      { line: 6, column: 'status', code: 'unknown_status', reason: expect.any(String) },
    ]);

    const refused = await upload(file, false);
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('import_has_errors');
    expect(refused.body.errors.map((error: { field: string }) => error.field)).toEqual([
      'line.3.category',
      'line.4.price',
      'line.5.sku',
      'line.6.price',
      'line.6.vat_class',
      'line.6.unit',
      'line.6.stock',
      'line.6.storage_class',
      'line.6.status',
    ]);
    expect(await countProducts()).toBe(before);
  });

  it('imports in batches with progress, idempotent by SKU, and updates a changed price', async () => {
    const file = fileOf(generated(1200));
    const dry = await upload(file, true);
    expect(dry.body.report.summary).toEqual({ create: 1200, update: 0, unchanged: 0 });

    const first = await importAndWait(file);
    expect(first).toMatchObject({
      status: 'completed',
      processedRows: 1200,
      totalRows: 1200,
      createdCount: 1200,
    });
    const found = await t.agent().get('/api/v1/products?q=knackebrod%20117&limit=100');
    expect(found.body.items.map((item: { title: string }) => item.title)).toContain(
      'Knäckebröd 117',
    );

    const snapshot = await t.database
      .knex('products')
      .where({ shop_id: shop.id })
      .orderBy('id')
      .select('id', 'updated_at', 'price_from_ore');
    const again = await importAndWait(file);
    expect(again).toMatchObject({
      status: 'completed',
      createdCount: 0,
      updatedCount: 0,
      unchangedCount: 1200,
    });
    expect(
      await t.database
        .knex('products')
        .where({ shop_id: shop.id })
        .orderBy('id')
        .select('id', 'updated_at', 'price_from_ore'),
    ).toEqual(snapshot);

    const changed = generated(1200);
    changed[7] = changed[7]?.replace(';10,00;', ';12,50;') ?? '';
    expect((await upload(fileOf(changed), true)).body.report.summary).toEqual({
      create: 0,
      update: 1,
      unchanged: 1199,
    });
    const third = await importAndWait(fileOf(changed));
    expect(third).toMatchObject({ createdCount: 0, updatedCount: 1, unchangedCount: 1199 });
    const updated = await t
      .agent()
      .get('/api/v1/products?q=knackebrod%207&sort=price_desc&limit=1');
    expect(updated.body.items[0]).toMatchObject({ title: 'Knäckebröd 7', priceFromOre: 1250 });
  }, 60_000);

  it('holds every row to the product API limits in the dry run, and writes nothing past them', async () => {
    const before = await countProducts();
    const huge = '9'.repeat(400);
    const file = fileOf([
      'BIG-1;Jättesäck;;livsmedel;10;food;piece;;ambient;;99999999999 g',
      `BIG-2;Oändlig säck;;livsmedel;10;food;piece;;ambient;;${huge} g`,
      'BIG-3;Guldost;;livsmedel;1 000 000,01;food;piece;;ambient;;',
      'BIG-4;Platinaost;;livsmedel;9 999 999,99;food;piece;;ambient;;',
      `BIG-5;Diamantost;;livsmedel;${huge};food;piece;;ambient;;`,
      'BIG-6;Lagerost;;livsmedel;10;food;piece;1000001;ambient;;',
      `BIG-7;Oändligt lager;;livsmedel;10;food;piece;${huge};ambient;;`,
      'BIG-8;Tung säck;;livsmedel;10;food;piece;;ambient;;10000,001 kg',
    ]);
    const dry = await upload(file, true);
    expect(dry.status).toBe(200);
    expect(dry.body.report).toMatchObject({ isValid: false, totalRows: 8, errorCount: 8 });
    expect(
      dry.body.report.errors.map(({ line, column, code }: Record<string, unknown>) => ({
        line,
        column,
        code,
      })),
    ).toEqual([
      { line: 2, column: 'content', code: 'content_too_large' },
      { line: 3, column: 'content', code: 'content_too_large' },
      { line: 4, column: 'price', code: 'price_too_high' },
      { line: 5, column: 'price', code: 'price_too_high' },
      { line: 6, column: 'price', code: 'price_too_high' },
      { line: 7, column: 'stock', code: 'stock_too_high' },
      { line: 8, column: 'stock', code: 'stock_too_high' },
      { line: 9, column: 'content', code: 'content_too_large' },
    ]);
    const refused = await upload(file, false);
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('import_has_errors');
    expect(await countProducts()).toBe(before);
  });

  it('imports a row right at the product API limits', async () => {
    const job = await importAndWait(
      fileOf([
        'EDGE-1;Hela lagret;;livsmedel;1 000 000,00;food;kg;1000000;ambient;;10000 kg',
        'EDGE-2;Dyraste grammet;;livsmedel;1000000;food;piece;0;ambient;;1 g',
      ]),
    );
    expect(job).toMatchObject({ status: 'completed', createdCount: 2, failure: null });
    expect(
      await t.database
        .knex('product_variants')
        .where({ shop_id: shop.id, sku: 'EDGE-1' })
        .first('price_ore', 'stock', 'content_amount', 'content_unit'),
    ).toEqual({
      price_ore: 100_000_000,
      stock: 1_000_000,
      content_amount: 10_000_000,
      content_unit: 'g',
    });
  });

  it('shows a failure the database causes as internal_error, never its SQL', async () => {
    // A rule the dry run does not know of, so the write fails in the database itself.
    await t.database.knex.raw(
      'create unique index test_products_unique_title on products (shop_id, title)',
    );
    try {
      const before = await countProducts();
      const job = await importAndWait(
        fileOf([
          'TWIN-1;Tvillingost;;livsmedel;10;food;piece;;ambient;;',
          'TWIN-2;Tvillingost;;livsmedel;10;food;piece;;ambient;;',
        ]),
      );
      expect(job).toMatchObject({ status: 'failed', failure: 'internal_error', processedRows: 0 });
      const shown = await owner.get(`/api/v1/shops/${shop.id}/catalogue-imports/${job.id}`);
      expect(shown.body.import.failure).toBe('internal_error');
      expect(JSON.stringify(shown.body)).not.toMatch(/insert|products|unique|constraint/i);
      expect(await countProducts()).toBe(before);
    } finally {
      await t.database.knex.raw('drop index test_products_unique_title');
    }
  });

  it('refuses a file that is not CSV text and an upload without a file', async () => {
    const binary = await upload(Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x10]), true);
    expect(binary.status).toBe(200);
    expect(binary.body.report.isValid).toBe(false);
    const none = await owner
      .post(`/api/v1/shops/${shop.id}/catalogue-imports?dryRun=true`)
      .field('note', 'x');
    expect(none.status).toBe(400);
    expect(none.body.code).toBe('validation_failed');
  });

  it('marks an import a restart interrupted as failed, so the owner runs the file again', async () => {
    const id = newId();
    await t.database.knex('catalogue_imports').insert({
      id,
      shop_id: shop.id,
      created_by_user_id: null,
      status: 'running',
      total_rows: 10_000,
      processed_rows: 2_000,
      created_count: 2_000,
      updated_count: 0,
      unchanged_count: 0,
      failure: null,
      created_at: t.clock.now(),
      finished_at: null,
    });
    expect(await t.services.imports.failInterrupted()).toBe(1);
    const job = await owner.get(`/api/v1/shops/${shop.id}/catalogue-imports/${id}`);
    expect(job.body.import).toMatchObject({
      status: 'failed',
      failure: 'interrupted',
      processedRows: 2000,
    });
  });

  it('never shows the text of a failure stored before failures were kept to codes', async () => {
    const id = newId();
    await t.database.knex('catalogue_imports').insert({
      id,
      shop_id: shop.id,
      created_by_user_id: null,
      status: 'failed',
      total_rows: 1,
      processed_rows: 0,
      created_count: 0,
      updated_count: 0,
      unchanged_count: 0,
      failure:
        'insert into "product_variants" ("content_amount") values (99999999999) - out of range',
      created_at: t.clock.now(),
      finished_at: t.clock.now(),
    });
    const job = await owner.get(`/api/v1/shops/${shop.id}/catalogue-imports/${id}`);
    expect(job.body.import).toMatchObject({ status: 'failed', failure: 'internal_error' });
  });
});
