import { z } from 'zod';

/** A Swedish postal code, written 12345 or 123 45; stored as five digits. */
export const postalCodeSchema = z
  .string()
  .trim()
  .regex(/^\d{3} ?\d{2}$/, 'five digits, such as 938 30')
  .transform((code) => code.replace(' ', ''));

/**
 * Where a home delivery goes (DESIGN §6): given at checkout by a guest, saved in the account by
 * a resident, taken down by a shop for an order by phone. The driver needs the door code, a
 * note (which door, the dog) and a phone number to call.
 */
export const deliveryAddressSchema = z
  .object({
    streetAddress: z.string().trim().min(1).max(120),
    postalCode: postalCodeSchema,
    village: z.string().trim().min(1).max(80),
    doorCode: z.string().trim().max(20).optional(),
    driverNote: z.string().trim().max(300).optional(),
    phone: z
      .string()
      .trim()
      .max(30)
      .regex(/^\+?[0-9 ()-]{6,30}$/, 'a phone number the driver can call'),
  })
  .strict();
export type DeliveryAddress = z.output<typeof deliveryAddressSchema>;
export type DeliveryAddressBody = z.input<typeof deliveryAddressSchema>;
