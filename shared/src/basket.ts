import { z } from 'zod';
import { calendarInstantSchema } from './calendar-date-schemas.ts';
import {
  productKindSchema,
  productShopSchema,
  productUnitSchema,
  storageClassSchema,
} from './catalogue.ts';
import { paymentMethods } from './checkout.ts';
import { storedImageSchema } from './images.ts';

import { maxQuantity } from './basket-limits.ts';

export const addBasketItemBodySchema = z
  .object({
    productId: z.string().min(1).max(36),
    /** Required when the product has several variants; the single one otherwise. */
    variantId: z.string().min(1).max(36).optional(),
    quantity: z.number().int().min(1).max(maxQuantity),
    /** A service's slot start (ISO instant), as the slots endpoint lists them. */
    slotStart: calendarInstantSchema.optional(),
  })
  .strict();
export type AddBasketItemBody = z.infer<typeof addBasketItemBodySchema>;

export const updateBasketItemBodySchema = z
  .object({ quantity: z.number().int().min(1).max(maxQuantity) })
  .strict();
export type UpdateBasketItemBody = z.infer<typeof updateBasketItemBodySchema>;

/** Why an item cannot be bought as it is; the basket keeps it so the resident sees why. */
export const basketProblems = [
  'unavailable',
  'out_of_stock',
  'not_enough_stock',
  'hold_expired',
  // A service on request at home, put in a basket before it was booked with the shop (0068).
  'booked_with_shop',
] as const;
export type BasketProblem = (typeof basketProblems)[number];

export const basketItemSchema = z.object({
  id: z.string(),
  productId: z.string(),
  variantId: z.string(),
  kind: productKindSchema,
  title: z.string(),
  variantName: z.string().nullable(),
  shop: productShopSchema,
  image: storedImageSchema.nullable(),
  storageClass: storageClassSchema,
  /** What one of `quantity` is: the price reads "17,90 kr/l", "60,00 kr/förp.". */
  unit: productUnitSchema,
  /** Today's catalogue price including VAT: the server's, never the client's. */
  unitPriceOre: z.number().int(),
  quantity: z.number().int(),
  lineTotalOre: z.number().int(),
  slot: z.object({ start: z.string(), end: z.string() }).nullable(),
  holdExpiresAt: z.string().nullable(),
  /** Stock left when the product tracks it and it is lower than asked; null otherwise. */
  availableQuantity: z.number().int().nullable(),
  problem: z.enum(basketProblems).nullable(),
});
export type BasketItem = z.infer<typeof basketItemSchema>;

export const basketSchema = z.object({
  items: z.array(basketItemSchema),
  shops: z.array(
    z.object({ shop: productShopSchema, subtotalOre: z.number().int(), itemCount: z.number() }),
  ),
  totalOre: z.number().int(),
  itemCount: z.number().int(),
  /** How this basket can be paid: card only when every shop in it can receive card money. */
  paymentMethods: z.array(z.enum(paymentMethods)),
});
export type Basket = z.infer<typeof basketSchema>;
export type BasketResponse = { basket: Basket };
