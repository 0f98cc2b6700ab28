import { z } from 'zod';
import { orderDetailSchema, paymentMethods } from './checkout.ts';
import { orderStatuses } from './order-status.ts';

/** A shop's view of one of its orders: the resident's contact comes with it. */
export const shopOrderSchema = orderDetailSchema.extend({
  customer: z.object({ name: z.string(), email: z.string(), phone: z.string().nullable() }),
  paymentMethod: z.enum(paymentMethods),
  /** On the label of an order sent to a service point; null otherwise. */
  parcelCode: z.string().nullable(),
});
export type ShopOrder = z.infer<typeof shopOrderSchema>;

export const shopOrderListQuerySchema = z
  .object({
    status: z.enum(orderStatuses).optional(),
    cursor: z.string().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(25),
  })
  .strict();
export type ShopOrderListQuery = z.infer<typeof shopOrderListQuerySchema>;

export const declineOrderBodySchema = z
  .object({ reason: z.string().trim().min(1).max(500) })
  .strict();
export type DeclineOrderBody = z.infer<typeof declineOrderBodySchema>;
