import { describe, expect, test } from 'vitest';
import { readProductForm, toCreateBody, toUpdateBody } from './product-form-body.ts';

/** The parsed form, failing the test with the field errors when it did not parse. */
function parsedOf(result: ReturnType<typeof readProductForm>) {
  if (result.failure) throw new Error(JSON.stringify(result.failure.fieldErrors));
  return result.parsed;
}

function formOf(entries: Record<string, string | string[]>): FormData {
  const formData = new FormData();
  for (const [name, value] of Object.entries(entries))
    for (const item of Array.isArray(value) ? value : [value]) formData.append(name, item);
  return formData;
}

const good = {
  title: 'Räksmörgås',
  description: '',
  categoryId: 'cat-1',
  status: 'published',
  vatClass: 'food',
  unit: 'piece',
  storageClass: 'chilled',
};

describe('the product form', () => {
  test('a good sold in one form is sent with its price in öre, and stock only when counted', () => {
    const result = readProductForm(formOf({ ...good, priceOre: '89,50', stock: '4' }), 'good', 0);
    expect(result.failure).toBeNull();
    const body = toCreateBody('good', parsedOf(result));
    expect(body).toMatchObject({ kind: 'good', title: 'Räksmörgås', priceOre: 8950, stock: null });
    expect(body).not.toHaveProperty('variants');
  });

  test('variants replace the single price, each with its own öre price and counted stock', () => {
    const result = readProductForm(
      formOf({
        ...good,
        trackStock: 'on',
        'variants.0.name': 'Liten',
        'variants.0.sku': 'RAK-S',
        'variants.0.priceOre': '59',
        'variants.0.stock': '3',
        'variants.1.name': 'Stor',
        'variants.1.sku': 'RAK-L',
        'variants.1.priceOre': '89,50',
      }),
      'good',
      2,
    );
    const body = toCreateBody('good', parsedOf(result));
    expect(body).not.toHaveProperty('priceOre');
    expect(body.variants).toEqual([
      {
        name: 'Liten',
        sku: 'RAK-S',
        priceOre: 5900,
        stock: 3,
        contentAmount: null,
        contentUnit: null,
      },
      {
        name: 'Stor',
        sku: 'RAK-L',
        priceOre: 8950,
        stock: 0,
        contentAmount: null,
        contentUnit: null,
      },
    ]);
  });

  test('empty required fields and an unreadable price are reported on their API field paths', () => {
    const result = readProductForm(
      formOf({
        ...good,
        title: ' ',
        'variants.0.name': 'Liten',
        'variants.0.sku': 'A',
        'variants.0.priceOre': 'gratis',
      }),
      'good',
      1,
    );
    expect(result.failure?.fieldErrors.map((error) => [error.field, error.code])).toEqual([
      ['title', 'required'],
      ['variants.0.priceOre', 'not_a_price'],
    ]);
  });

  test('a service carries duration, capacity and weekly times; an exception without times is a closed day', () => {
    const result = readProductForm(
      formOf({
        ...good,
        priceOre: '350',
        'service.durationMinutes': '45',
        'service.bookingMode': 'slots',
        'service.slotCapacity': '2',
        'service.location': 'in_shop',
        weeklyIndex: ['0'],
        'service.availability.weekly.0.weekday': '2',
        'service.availability.weekly.0.start': '09:00',
        'service.availability.weekly.0.end': '12:00',
        exceptionIndex: ['0'],
        'service.availability.exceptions.0.date': '2026-12-24',
      }),
      'service',
      0,
    );
    const body = toUpdateBody(parsedOf(result));
    expect(body.unit).toBe('piece');
    expect(body.service).toEqual({
      durationMinutes: 45,
      bookingMode: 'slots',
      slotCapacity: 2,
      location: 'in_shop',
      availability: {
        weekly: [{ weekday: 2, start: '09:00', end: '12:00' }],
        exceptions: [{ date: '2026-12-24', intervals: [] }],
      },
    });
  });
});
