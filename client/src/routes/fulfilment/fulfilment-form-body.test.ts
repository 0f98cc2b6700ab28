import { describe, expect, it } from 'vitest';
import { readFulfilmentForm } from './fulfilment-form-body.ts';

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe('readFulfilmentForm', () => {
  it('reads pickup in the shop and each service point with its deliveries in order', () => {
    const result = readFulfilmentForm(
      form([
        ['pickupInShop.enabled', 'on'],
        ['pickupInShop.preparationMinutes', '60'],
        ['servicePointIndex', '0'],
        ['servicePoints.0.servicePointId', 'p1'],
        ['servicePoints.0.isActive', 'on'],
        ['servicePoints.0.deliveryIndex', '0'],
        ['servicePoints.0.deliveries.0.weekday', '4'],
        ['servicePoints.0.deliveries.0.cutoffWeekday', '2'],
        ['servicePoints.0.deliveries.0.cutoffTime', '18:00'],
        ['servicePoints.0.deliveryIndex', '1'],
        ['servicePoints.0.deliveries.1.weekday', '1'],
        ['servicePoints.0.deliveries.1.cutoffWeekday', '5'],
        ['servicePoints.0.deliveries.1.cutoffTime', '12:00'],
        ['servicePointIndex', '1'],
        ['servicePoints.1.servicePointId', 'p2'],
      ]),
    );
    expect(result.body).toEqual({
      pickupInShop: { enabled: true, preparationMinutes: 60 },
      servicePoints: [
        {
          servicePointId: 'p1',
          isActive: true,
          deliveries: [
            { weekday: 4, cutoffWeekday: 2, cutoffTime: '18:00' },
            { weekday: 1, cutoffWeekday: 5, cutoffTime: '12:00' },
          ],
        },
        { servicePointId: 'p2', isActive: false, deliveries: [] },
      ],
    });
  });

  it('names the field when the preparation time is not a whole number', () => {
    const result = readFulfilmentForm(form([['pickupInShop.preparationMinutes', '1,5']]));
    expect(result.failure?.fieldErrors).toEqual([
      expect.objectContaining({ field: 'pickupInShop.preparationMinutes' }),
    ]);
  });

  it('asks for a preparation time left empty', () => {
    const result = readFulfilmentForm(form([['pickupInShop.preparationMinutes', '']]));
    expect(result.failure?.fieldErrors[0]?.code).toBe('required');
  });
});
