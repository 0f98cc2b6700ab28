import { z } from 'zod';

/** A Swedish postal code, written 12345 or 123 45; stored as five digits. */
export const postalCodeSchema = z
  .string()
  .trim()
  .regex(/^\d{3} ?\d{2}$/, 'five digits, such as 938 30')
  .transform((code) => code.replace(' ', ''));

/** E.164: a phone number has at most 15 digits, country code included. */
export const maxPhoneDigits = 15;

/** The digits a number is dialled with, without a leading `00` (the international prefix). */
function dialledDigitsOf(phone: string): string {
  return phone.replace(/\D/g, '').replace(/^00/, '');
}

/**
 * A phone number someone can be called on: `070-123 45 67`, `+46 70 123 45 67`. At most 15
 * digits (E.164); more is refused as `too_big`, so the stored digits always fit their column.
 */
export const phoneNumberSchema = z
  .string()
  .trim()
  .max(30)
  .regex(/^\+?[0-9 ()-]{6,30}$/, 'a phone number the driver can call')
  .check((ctx) => {
    if (dialledDigitsOf(ctx.value).length > maxPhoneDigits)
      ctx.issues.push({
        code: 'too_big',
        origin: 'string',
        maximum: maxPhoneDigits,
        inclusive: true,
        input: ctx.value,
        message: `at most ${maxPhoneDigits} digits`,
      });
  });

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
    phone: phoneNumberSchema,
  })
  .strict();
export type DeliveryAddress = z.output<typeof deliveryAddressSchema>;
export type DeliveryAddressBody = z.input<typeof deliveryAddressSchema>;

/** Where a home delivery goes as the resident's mails name it: "Storvägen 14, Laisvall". */
export function streetAndVillage(address: Pick<DeliveryAddress, 'streetAddress' | 'village'>) {
  return `${address.streetAddress}, ${address.village}`;
}
