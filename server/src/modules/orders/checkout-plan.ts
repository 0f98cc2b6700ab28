import type { CheckoutBody } from '@e-galleria/shared/checkout';
import { vatPerRate } from '@e-galleria/shared/vat';
import { newId } from '../../db/ids.ts';
import { AppError } from '../../errors.ts';
import type { BasketLineRow } from '../basket/basket.repository.ts';
import type { OrderLineRow } from './checkout.repository.ts';
import type { ShopFulfilment } from './fulfilment-source.ts';

export type PlannedOrder = {
  id: string;
  shopId: string;
  shopName: string;
  method: 'pickup_in_shop' | 'pickup_at_service_point';
  servicePointId: string | null;
  /** Where the resident collects: the service point's or the shop's name. */
  placeName: string;
  pickupDate: string | null;
  readyAt: number | null;
  totalOre: number;
  lines: OrderLineRow[];
  vat: { rateBasisPoints: number; grossOre: number; vatOre: number }[];
};

const invalidFulfilment = (index: number, field: string, message: string) =>
  new AppError('validation_failed', message, {
    fieldErrors: [{ field: `fulfilments.${index}.${field}`, code: 'invalid', message }],
  });

/** Which amenity a storage class needs at a service point (DESIGN §4). */
const amenityFor = { chilled: 'fridge', frozen: 'freezer' } as const;

/**
 * Splits the basket into one order per shop, with the way each is received as the resident
 * chose it and the shop offers it now, prices and VAT from the catalogue. Throws before any
 * write when a choice is missing, unknown or not allowed.
 */
export function planShopOrders(input: {
  lines: readonly BasketLineRow[];
  fulfilments: CheckoutBody['fulfilments'];
  options: ReadonlyMap<string, ShopFulfilment>;
  rates: ReadonlyMap<string, number>;
}): PlannedOrder[] {
  const byShop = new Map<string, BasketLineRow[]>();
  for (const line of input.lines)
    byShop.set(line.shop_id, [...(byShop.get(line.shop_id) ?? []), line]);

  input.fulfilments.forEach((choice, index) => {
    if (!byShop.has(choice.shopId))
      throw invalidFulfilment(index, 'shopId', 'The basket has nothing from this shop.');
    if (input.fulfilments.findIndex((other) => other.shopId === choice.shopId) !== index)
      throw invalidFulfilment(index, 'shopId', 'Choose once per shop.');
  });

  return [...byShop].map(([shopId, lines]) => {
    const index = input.fulfilments.findIndex((choice) => choice.shopId === shopId);
    const choice = input.fulfilments[index];
    const first = lines[0];
    if (!choice || !first)
      throw new AppError('validation_failed', 'Choose how to receive every shop’s goods.', {
        fieldErrors: [
          { field: 'fulfilments', code: 'missing', message: `Missing shop ${shopId}.` },
        ],
      });
    const offered = input.options.get(shopId);
    let method: PlannedOrder['method'];
    let servicePointId: string | null = null;
    let placeName = first.shop_name;
    let pickupDate: string | null = null;
    let readyAt: number | null = null;
    if (choice.method === 'pickup_in_shop') {
      if (!offered?.pickupInShop)
        throw new AppError(
          'fulfilment_unavailable',
          `${first.shop_name} has no pickup in the shop.`,
        );
      method = 'pickup_in_shop';
      readyAt = offered.pickupInShop.readyAt;
    } else if (choice.method === 'pickup_at_service_point') {
      if (choice.servicePointId === undefined)
        throw invalidFulfilment(index, 'servicePointId', 'Choose a service point.');
      const point = offered?.servicePoints.find(
        (candidate) => candidate.id === choice.servicePointId,
      );
      if (!point)
        throw new AppError(
          'fulfilment_unavailable',
          `${first.shop_name} does not deliver to that service point.`,
        );
      for (const line of lines) {
        if (line.storage_class === 'ambient' || line.kind !== 'good') continue;
        if (!point.amenities.includes(amenityFor[line.storage_class]))
          throw new AppError(
            'storage_not_supported',
            `${point.name} cannot keep ${line.title} ${line.storage_class}.`,
          );
      }
      method = 'pickup_at_service_point';
      servicePointId = point.id;
      placeName = point.name;
      pickupDate = point.date;
    } else {
      throw new AppError('fulfilment_unavailable', 'Home delivery is not offered yet.');
    }

    const orderId = newId();
    const orderLines: OrderLineRow[] = lines.map((line, position) => {
      const rate = input.rates.get(line.vat_class);
      if (rate === undefined)
        throw new AppError('internal_error', `No VAT rate for ${line.vat_class}.`);
      return {
        id: newId(),
        order_id: orderId,
        product_id: line.product_id,
        variant_id: line.variant_id,
        title: line.title,
        variant_name: line.variant_name,
        quantity: line.quantity,
        unit_price_ore: line.price_ore,
        line_total_ore: line.price_ore * line.quantity,
        vat_class: line.vat_class,
        vat_rate_basis_points: rate,
        storage_class: line.storage_class,
        stock_reserved: line.kind === 'good' && Boolean(line.track_stock),
        slot_start: line.slot_start > 0 ? line.slot_start : null,
        slot_end:
          line.slot_start > 0 && line.duration_minutes !== null
            ? line.slot_start + line.duration_minutes * 60_000
            : null,
        position,
      };
    });
    return {
      id: orderId,
      shopId,
      shopName: first.shop_name,
      method,
      servicePointId,
      placeName,
      pickupDate,
      readyAt,
      totalOre: orderLines.reduce((sum, line) => sum + line.line_total_ore, 0),
      lines: orderLines,
      vat: vatPerRate(
        orderLines.map((line) => ({
          grossOre: line.line_total_ore,
          rateBasisPoints: line.vat_rate_basis_points,
        })),
      ),
    };
  });
}
