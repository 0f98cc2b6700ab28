import type supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPublishedShop, goodBody, type ShopFixture } from './support/factories.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
let shop: ShopFixture;
let staff: supertest.Agent;

beforeAll(async () => {
  t = await createTestApp();
  shop = await createPublishedShop(t, { name: 'Bymacken' });
  staff = await t.loginAs(shop.staffEmail);
});
afterAll(() => t.close());

const productsOf = (shopId: string) => `/api/v1/shops/${shopId}/products`;

describe('a shop keeps its goods', () => {
  it('creates a good sold in one form and shows it with its price, VAT rate and comparison price', async () => {
    const created = await staff.post(productsOf(shop.id)).send({
      title: 'Räksmörgås',
      description: 'Med **ägg** och majonnäs.',
      categoryId: 'cat-livsmedel',
      vatClass: 'food',
      unit: 'piece',
      storageClass: 'chilled',
      trackStock: true,
      stock: 4,
      priceOre: 8900,
      sku: 'RAK-1',
      contentAmount: 250,
      contentUnit: 'g',
      status: 'published',
    });
    expect(created.status).toBe(201);
    expect(created.body.product).toMatchObject({
      title: 'Räksmörgås',
      kind: 'good',
      status: 'published',
      priceFromOre: 8900,
      sku: 'RAK-1',
      stock: 4,
      isInStock: true,
      storageClass: 'chilled',
      comparisonPriceOre: 35600,
      comparisonUnit: 'kg',
      vatClass: 'food',
      vatRateBasisPoints: 600,
      shop: {
        id: shop.id,
        name: 'Bymacken',
        village: 'Laisvall',
        municipalitySlug: 'arjeplog',
      },
      category: { id: 'cat-livsmedel', slug: 'livsmedel' },
    });
    expect(created.body.product.variants).toHaveLength(1);

    const publicView = await t.agent().get(`/api/v1/products/${created.body.product.id}`);
    expect(publicView.status).toBe(200);
    expect(publicView.body.product.description).toBe('Med **ägg** och majonnäs.');
  });

  it('changes the stock of a good without variants with {stock}', async () => {
    const created = await staff
      .post(productsOf(shop.id))
      .send(goodBody({ trackStock: true, stock: 1 }));
    const id = created.body.product.id as string;
    const sold = await staff.patch(`${productsOf(shop.id)}/${id}`).send({ stock: 0 });
    expect(sold.status).toBe(200);
    expect(sold.body.product).toMatchObject({ stock: 0, isInStock: false });
    const restocked = await staff.patch(`${productsOf(shop.id)}/${id}`).send({ stock: 3 });
    expect(restocked.body.product).toMatchObject({ stock: 3, isInStock: true });
  });

  it('keeps variants each with price, SKU and stock, and lists the lowest price', async () => {
    const created = await staff.post(productsOf(shop.id)).send(
      goodBody({
        title: 'Kaffe',
        trackStock: true,
        priceOre: undefined,
        variants: [
          {
            name: '450 g',
            sku: 'KAF-450',
            priceOre: 6490,
            stock: 0,
            contentAmount: 450,
            contentUnit: 'g',
          },
          {
            name: '1 kg',
            sku: 'KAF-1000',
            priceOre: 12900,
            stock: 5,
            contentAmount: 1000,
            contentUnit: 'g',
          },
        ],
      }),
    );
    expect(created.status).toBe(201);
    const product = created.body.product;
    expect(product).toMatchObject({ priceFromOre: 6490, hasVariants: true, isInStock: true });

    const stockOnProduct = await staff
      .patch(`${productsOf(shop.id)}/${product.id}`)
      .send({ stock: 2 });
    expect(stockOnProduct.status).toBe(409);
    expect(stockOnProduct.body.code).toBe('product_has_variants');

    const cheaper = await staff
      .patch(`${productsOf(shop.id)}/${product.id}/variants/${product.variants[1].id}`)
      .send({ priceOre: 5900 });
    expect(cheaper.status).toBe(200);
    expect(cheaper.body.product.priceFromOre).toBe(5900);

    const added = await staff
      .post(`${productsOf(shop.id)}/${product.id}/variants`)
      .send({ name: '250 g', sku: 'KAF-250', priceOre: 3990, stock: 1 });
    expect(added.status).toBe(201);
    expect(added.body.product.variants).toHaveLength(3);
    expect(added.body.product.priceFromOre).toBe(3990);

    const removed = await staff.delete(
      `${productsOf(shop.id)}/${product.id}/variants/${product.variants[0].id}`,
    );
    expect(removed.status).toBe(200);
    expect(removed.body.product.variants).toHaveLength(2);
  });

  it('counts variants from zero when stock tracking is turned on, and stops counting when off', async () => {
    const created = await staff.post(productsOf(shop.id)).send(
      goodBody({
        priceOre: undefined,
        variants: [
          { name: 'Liten', sku: 'TRACK-S', priceOre: 100 },
          { name: 'Stor', sku: 'TRACK-L', priceOre: 200 },
        ],
      }),
    );
    const url = `${productsOf(shop.id)}/${created.body.product.id}`;
    expect(created.body.product).toMatchObject({ isInStock: true, stock: null });
    const tracked = await staff.patch(url).send({ trackStock: true });
    expect(tracked.body.product).toMatchObject({ isInStock: false, stock: 0, trackStock: true });
    const restocked = await staff
      .patch(`${url}/variants/${created.body.product.variants[1].id}`)
      .send({ stock: 3 });
    expect(restocked.body.product).toMatchObject({ isInStock: true, stock: 3 });
    const untracked = await staff.patch(url).send({ trackStock: false });
    expect(untracked.body.product).toMatchObject({ isInStock: true, stock: null });
  });

  it('refuses a SKU the shop already uses, and accepts it in another shop', async () => {
    await staff.post(productsOf(shop.id)).send(goodBody({ sku: 'DUP-1' }));
    const again = await staff.post(productsOf(shop.id)).send(goodBody({ sku: 'DUP-1' }));
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('sku_taken');
    const other = await createPublishedShop(t);
    const otherStaff = await t.loginAs(other.staffEmail);
    expect(
      (await otherStaff.post(productsOf(other.id)).send(goodBody({ sku: 'DUP-1' }))).status,
    ).toBe(201);
  });

  it('refuses invalid products field by field', async () => {
    const response = await staff.post(productsOf(shop.id)).send({
      title: 'X',
      categoryId: 'cat-livsmedel',
      vatClass: 'luxury',
      priceOre: 12.5,
      unit: 'gallon',
      colour: 'red',
    });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('validation_failed');
    const fields = (response.body.errors as { field: string }[]).map((error) => error.field);
    expect(fields).toEqual(
      expect.arrayContaining(['title', 'vatClass', 'priceOre', 'unit', 'colour']),
    );

    const unknownCategory = await staff
      .post(productsOf(shop.id))
      .send(goodBody({ categoryId: 'cat-nope' }));
    expect(unknownCategory.status).toBe(400);
    expect(unknownCategory.body.errors[0].field).toBe('categoryId');

    const both = await staff
      .post(productsOf(shop.id))
      .send(goodBody({ variants: [{ name: 'a', sku: 'A-1', priceOre: 1 }] }));
    expect(both.status).toBe(400);
  });

  it('hides drafts and archived products from residents but shows them to the shop', async () => {
    const draft = await staff.post(productsOf(shop.id)).send(goodBody({ status: 'draft' }));
    const id = draft.body.product.id as string;
    expect((await t.agent().get(`/api/v1/products/${id}`)).status).toBe(404);
    expect((await staff.get(`${productsOf(shop.id)}/${id}`)).status).toBe(200);

    const published = await staff
      .patch(`${productsOf(shop.id)}/${id}`)
      .send({ status: 'published' });
    expect(published.body.product.publishedAt).not.toBeNull();
    expect((await t.agent().get(`/api/v1/products/${id}`)).status).toBe(200);

    await staff.patch(`${productsOf(shop.id)}/${id}`).send({ status: 'archived' });
    expect((await t.agent().get(`/api/v1/products/${id}`)).status).toBe(404);

    const own = await staff.get(`${productsOf(shop.id)}?status=archived`);
    expect(own.body.items.map((item: { id: string }) => item.id)).toContain(id);
  });

  it('hides the products of a shop that is not published', async () => {
    const suspended = await createPublishedShop(t, { status: 'suspended' });
    const owner = await t.loginAs(suspended.ownerEmail);
    const created = await owner.post(productsOf(suspended.id)).send(goodBody());
    expect(created.status).toBe(201);
    expect((await t.agent().get(`/api/v1/products/${created.body.product.id}`)).status).toBe(404);
  });
});

describe('VAT comes from dated rates', () => {
  it('lists the rate of every VAT class on today’s Swedish date for anyone', async () => {
    const clock = t.clock.now();
    // 23:30 on 31 March in Sweden: food is still 12 %; an hour later it is 6 %.
    t.clock.advance(Date.parse('2026-03-31T21:30:00Z') - clock);
    const before = await t.agent().get('/api/v1/vat-rates');
    expect(before.status).toBe(200);
    expect(before.body).toEqual({
      items: [
        { vatClass: 'standard', rateBasisPoints: 2500 },
        { vatClass: 'food', rateBasisPoints: 1200 },
        { vatClass: 'reduced', rateBasisPoints: 600 },
      ],
      date: '2026-03-31',
    });
    t.clock.advance(60 * 60 * 1000);
    const after = await t.agent().get('/api/v1/vat-rates');
    expect(after.body.date).toBe('2026-04-01');
    expect(after.body.items).toContainEqual({ vatClass: 'food', rateBasisPoints: 600 });
    t.clock.advance(clock - t.clock.now());
  });

  it('gives food 6 % today, 12 % from 2028, and follows a new rate row without a code change', async () => {
    const created = await staff.post(productsOf(shop.id)).send(goodBody({ vatClass: 'food' }));
    const url = `/api/v1/products/${created.body.product.id}`;
    expect((await t.agent().get(url)).body.product.vatRateBasisPoints).toBe(600);

    const standard = await staff.post(productsOf(shop.id)).send(goodBody({ vatClass: 'standard' }));
    const standardUrl = `/api/v1/products/${standard.body.product.id}`;
    expect((await t.agent().get(standardUrl)).body.product.vatRateBasisPoints).toBe(2500);

    const clock = t.clock.now();
    t.clock.advance(Date.parse('2028-01-15T12:00:00Z') - clock);
    expect((await t.agent().get(url)).body.product.vatRateBasisPoints).toBe(1200);

    await t.database.knex('vat_rates').insert({
      vat_class: 'standard',
      rate_basis_points: 2000,
      valid_from: '2028-01-01',
      valid_to: null,
    });
    expect((await t.agent().get(standardUrl)).body.product.vatRateBasisPoints).toBe(2000);
    t.clock.advance(clock - t.clock.now());
  });
});
