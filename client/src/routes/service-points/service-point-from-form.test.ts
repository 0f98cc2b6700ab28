import { describe, expect, it } from 'vitest';
import { parseCoordinate, servicePointFromForm } from './service-point-from-form.ts';

function form(fields: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields))
    for (const item of Array.isArray(value) ? value : [value]) data.append(name, item);
  return data;
}

const complete = {
  name: 'Laisvall Byhandel',
  kind: 'village_shop',
  hostShopId: '',
  hostName: 'Byaföreningen',
  streetAddress: 'Storvägen 20',
  postalCode: '930 93',
  village: 'Laisvall',
  latitude: '66,0857',
  longitude: '17.1651',
  holdDays: '14',
  amenities: ['fridge', 'freezer', 'sauna'],
  exceptionCount: '0',
};

describe('parseCoordinate', () => {
  it('reads a decimal comma or point, treats empty as none and garbage as not a number', () => {
    expect(parseCoordinate('66,0857')).toBe(66.0857);
    expect(parseCoordinate(' -17.5 ')).toBe(-17.5);
    expect(parseCoordinate('')).toBeNull();
    expect(parseCoordinate('norr')).toBeNaN();
  });
});

describe('servicePointFromForm', () => {
  it('builds the body with numbers, known amenities only and the organisation as host', () => {
    const result = servicePointFromForm(form(complete));
    expect(result.failure).toBeNull();
    expect(result.body).toMatchObject({
      name: 'Laisvall Byhandel',
      latitude: 66.0857,
      longitude: 17.1651,
      hostShopId: null,
      hostName: 'Byaföreningen',
      amenities: ['fridge', 'freezer'],
      holdDays: 14,
      openingHours: { weekly: [], exceptions: [] },
    });
  });

  it('drops the organisation when a host shop is chosen', () => {
    const result = servicePointFromForm(form({ ...complete, hostShopId: 'shop-1' }));
    expect(result.body).toMatchObject({ hostShopId: 'shop-1', hostName: null });
  });

  it('names a coordinate out of range, half a position and a hold time out of bounds', () => {
    const outOfRange = servicePointFromForm(form({ ...complete, latitude: '91' }));
    expect(outOfRange.failure?.fieldErrors).toContainEqual(
      expect.objectContaining({ field: 'latitude', code: 'invalid_coordinate' }),
    );
    const half = servicePointFromForm(form({ ...complete, longitude: '' }));
    expect(half.failure?.fieldErrors).toContainEqual(
      expect.objectContaining({ field: 'longitude', code: 'position_incomplete' }),
    );
    const hold = servicePointFromForm(form({ ...complete, holdDays: '0' }));
    expect(hold.failure?.fieldErrors).toContainEqual(
      expect.objectContaining({ field: 'holdDays' }),
    );
  });

  it('asks for the required fields left empty', () => {
    const result = servicePointFromForm(form({ ...complete, name: ' ', village: '' }));
    expect(result.failure?.fieldErrors.map((error) => error.field)).toEqual(['name', 'village']);
  });
});
