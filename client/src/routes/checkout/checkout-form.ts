import type { CheckoutBody, PaymentMethod } from '@e-galleria/shared/checkout';
import type { DeliveryAddress } from '@e-galleria/shared/delivery-address';
import type { FulfilmentOption } from '@e-galleria/shared/fulfilment';
import type { Locale } from '@e-galleria/shared/locales';
import { emptyToNull, readText } from '../../lib/form-data.ts';
import { addressFromForm } from '../households/household-from-form.ts';
import { type FormFailure, findEmptyFields } from '../../lib/form-failure.ts';

/** The ways the form may send; which of them a basket offers, the server says (`paymentMethods`). */
const paymentMethods: readonly PaymentMethod[] = ['pay_at_pickup', 'card'];

/** The form field of a shop's choice; also the error summary's link target. */
export const fulfilmentField = (shopId: string) => `fulfilments.${shopId}`;

/** A radio's value: the method, and the service point after a colon. */
export function fulfilmentValue(option: FulfilmentOption): string {
  return option.method === 'pickup_at_service_point'
    ? `${option.method}:${option.servicePoint.id}`
    : option.method;
}

/** The radio value of home delivery: the address is the form's one `address.*` section. */
export const homeDeliveryValue = 'home_delivery';

/** The address fields a driver cannot do without; the rest may be left empty. */
const requiredAddressFields = [
  'address.streetAddress',
  'address.postalCode',
  'address.village',
  'address.phone',
] as const;

function parseFulfilment(
  shopId: string,
  value: string,
  address: () => DeliveryAddress,
): CheckoutBody['fulfilments'][number] {
  const [method, servicePointId] = value.split(':');
  if (method === 'pickup_at_service_point' && servicePointId)
    return { shopId, method, servicePointId };
  if (method === homeDeliveryValue) return { shopId, method, address: address() };
  return { shopId, method: 'pickup_in_shop' };
}

/**
 * The API names an address field by where it sits in the body (`fulfilments.0.address.village`)
 * or, from the delivery zones, as `address.village`; the form has one address section for all
 * shops, so both are shown on it.
 */
export function onAddressFields(failure: FormFailure): FormFailure {
  return {
    ...failure,
    fieldErrors: failure.fieldErrors.map((fieldError) => {
      const match = /(?:^|\.)address\.(\w+)$/.exec(fieldError.field);
      return match ? { ...fieldError, field: `address.${match[1]}` } : fieldError;
    }),
  };
}

/** The checkout form as the API's body, or what the visitor still has to fill in. */
export function checkoutBodyFromForm(
  formData: FormData,
  shopIds: readonly string[],
  locale: Locale,
): { body: CheckoutBody; failure: null } | { body: null; failure: FormFailure } {
  const values: Record<string, string> = {
    'contact.name': readText(formData, 'contact.name'),
    'contact.email': readText(formData, 'contact.email'),
    payment: readText(formData, 'payment'),
  };
  for (const shopId of shopIds)
    values[fulfilmentField(shopId)] = readText(formData, fulfilmentField(shopId));
  const isDeliveredHome = shopIds.some(
    (shopId) => values[fulfilmentField(shopId)] === homeDeliveryValue,
  );
  if (isDeliveredHome)
    for (const field of requiredAddressFields) values[field] = readText(formData, field);
  const failure = findEmptyFields(values, Object.keys(values));
  if (failure) return { body: null, failure };
  const phone = emptyToNull(readText(formData, 'contact.phone'));
  const payment = paymentMethods.find((method) => method === values.payment);
  return {
    body: {
      contact: {
        name: values['contact.name']?.trim() ?? '',
        email: values['contact.email']?.trim() ?? '',
        ...(phone ? { phone } : {}),
      },
      fulfilments: shopIds.map((shopId) =>
        parseFulfilment(shopId, values[fulfilmentField(shopId)] ?? '', () =>
          addressFromForm(formData),
        ),
      ),
      payment: payment ?? 'pay_at_pickup',
      locale,
    },
    failure: null,
  };
}
