import type { Basket, BasketItem, BasketProblem } from '@e-galleria/shared/basket';
import { isBookedWithShop } from '@e-galleria/shared/bookings';
import type { StoredImage } from '@e-galleria/shared/images';
import type { BasketLineRow } from './basket.repository.ts';

const iso = (epochMs: number) => new Date(epochMs).toISOString();

/** Why a line cannot be bought as it is now, or null. Checkout refuses the same things. */
export function problemOf(line: BasketLineRow, now: number): BasketProblem | null {
  if (line.product_status !== 'published' || line.shop_status !== 'published') return 'unavailable';
  if (line.booking_mode !== null && line.location !== null) {
    const service = { bookingMode: line.booking_mode, location: line.location };
    if (isBookedWithShop(service)) return 'booked_with_shop';
  }
  if (line.kind === 'good' && line.track_stock) {
    const stock = line.stock ?? 0;
    if (stock <= 0) return 'out_of_stock';
    if (stock < line.quantity) return 'not_enough_stock';
  }
  if (line.hold_expires_at !== null && line.hold_expires_at <= now) return 'hold_expired';
  return null;
}

export function toBasket(
  lines: readonly BasketLineRow[],
  imageOf: (line: BasketLineRow) => StoredImage | null,
  now: number,
  paymentMethods: Basket['paymentMethods'],
): Basket {
  const items: BasketItem[] = lines.map((line) => {
    const tracked = line.kind === 'good' && line.track_stock;
    return {
      id: line.id,
      productId: line.product_id,
      variantId: line.variant_id,
      kind: line.kind,
      title: line.title,
      variantName: line.variant_name,
      shop: {
        id: line.shop_id,
        slug: line.shop_slug,
        name: line.shop_name,
        village: line.shop_village,
        municipalitySlug: line.shop_municipality_slug,
        contentLocale: line.shop_content_locale,
      },
      image: imageOf(line),
      storageClass: line.storage_class,
      unit: line.unit,
      unitPriceOre: line.price_ore,
      quantity: line.quantity,
      lineTotalOre: line.price_ore * line.quantity,
      slot:
        line.slot_start > 0 && line.duration_minutes !== null
          ? {
              start: iso(line.slot_start),
              end: iso(line.slot_start + line.duration_minutes * 60_000),
            }
          : null,
      holdExpiresAt: line.hold_expires_at === null ? null : iso(line.hold_expires_at),
      availableQuantity:
        tracked && (line.stock ?? 0) < line.quantity ? Math.max(0, line.stock ?? 0) : null,
      problem: problemOf(line, now),
    };
  });
  const shops = new Map<string, Basket['shops'][number]>();
  for (const item of items) {
    const entry = shops.get(item.shop.id) ?? { shop: item.shop, subtotalOre: 0, itemCount: 0 };
    entry.subtotalOre += item.lineTotalOre;
    entry.itemCount += item.quantity;
    shops.set(item.shop.id, entry);
  }
  return {
    items,
    shops: [...shops.values()],
    totalOre: items.reduce((sum, item) => sum + item.lineTotalOre, 0),
    itemCount: items.reduce((sum, item) => sum + item.quantity, 0),
    paymentMethods,
  };
}
