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
    status: string;
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
    expect(job.body.import).toMatchObject({ status: 'failed', processedRows: 2000 });
  });
});
