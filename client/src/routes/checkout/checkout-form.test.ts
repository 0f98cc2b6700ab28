import { describe, expect, it } from 'vitest';
import { checkoutBodyFromForm, onAddressFields } from './checkout-form.ts';

function form(entries: Record<string, string>): FormData {
  const formData = new FormData();
  for (const [name, value] of Object.entries(entries)) formData.set(name, value);
  return formData;
}

describe('the checkout form', () => {
  it('becomes the API body with one choice per shop and no money in it', () => {
    const result = checkoutBodyFromForm(
      form({
        'contact.name': ' Britt Boende ',
        'contact.email': 'boende@arjeplog.example.se',
        'contact.phone': '',
        'fulfilments.shop-a': 'pickup_at_service_point:sp-laisvall',
        'fulfilments.shop-b': 'pickup_in_shop',
        payment: 'pay_at_pickup',
      }),
      ['shop-a', 'shop-b'],
      'sv',
    );
    expect(result.body).toEqual({
      contact: { name: 'Britt Boende', email: 'boende@arjeplog.example.se' },
      fulfilments: [
        { shopId: 'shop-a', method: 'pickup_at_service_point', servicePointId: 'sp-laisvall' },
        { shopId: 'shop-b', method: 'pickup_in_shop' },
      ],
      payment: 'pay_at_pickup',
      locale: 'sv',
    });
  });

  it('names every shop still without a way to receive its goods', () => {
    const result = checkoutBodyFromForm(
      form({ 'contact.name': 'A', 'contact.email': 'a@example.se', payment: 'pay_at_pickup' }),
      ['shop-a'],
      'en',
    );
    expect(result.failure?.fieldErrors.map((error) => [error.field, error.code])).toEqual([
      ['fulfilments.shop-a', 'required'],
    ]);
  });

  it.each([
    ['card', 'card'],
    ['pay_at_pickup', 'pay_at_pickup'],
    // A tampered radio value falls back to the way that is always accepted.
    ['cash', 'pay_at_pickup'],
  ])('sends payment %s as %s', (chosen, sent) => {
    const result = checkoutBodyFromForm(
      form({
        'contact.name': 'A',
        'contact.email': 'a@example.se',
        'fulfilments.shop-a': 'pickup_in_shop',
        payment: chosen,
      }),
      ['shop-a'],
      'sv',
    );
    expect(result.body?.payment).toBe(sent);
  });

  it('gives every shop delivering home the one address of the form', () => {
    const result = checkoutBodyFromForm(
      form({
        'contact.name': 'Britt Bymark',
        'contact.email': 'boende@arjeplog.example.se',
        'fulfilments.shop-a': 'home_delivery',
        'fulfilments.shop-b': 'home_delivery',
        'address.streetAddress': ' Storvägen 14 ',
        'address.postalCode': '930 93',
        'address.village': 'Laisvall',
        'address.doorCode': '',
        'address.driverNote': 'Röda huset',
        'address.phone': '070-174 06 10',
        payment: 'pay_at_pickup',
      }),
      ['shop-a', 'shop-b'],
      'sv',
    );
    const address = {
      streetAddress: 'Storvägen 14',
      postalCode: '930 93',
      village: 'Laisvall',
      driverNote: 'Röda huset',
      phone: '070-174 06 10',
    };
    expect(result.body?.fulfilments).toEqual([
      { shopId: 'shop-a', method: 'home_delivery', address },
      { shopId: 'shop-b', method: 'home_delivery', address },
    ]);
  });

  it('asks for the address only when some shop delivers home', () => {
    const values = {
      'contact.name': 'A',
      'contact.email': 'a@example.se',
      'fulfilments.shop-a': 'pickup_in_shop',
      payment: 'pay_at_pickup',
    };
    expect(checkoutBodyFromForm(form(values), ['shop-a'], 'sv').failure).toBeNull();
    const failure = checkoutBodyFromForm(
      form({ ...values, 'fulfilments.shop-a': 'home_delivery', 'address.village': 'Laisvall' }),
      ['shop-a'],
      'sv',
    ).failure;
    expect(failure?.fieldErrors.map((error) => error.field)).toEqual([
      'address.streetAddress',
      'address.postalCode',
      'address.phone',
    ]);
  });

  it('shows the API’s address errors on the form’s one address section', () => {
    const failure = onAddressFields({
      code: 'validation_failed',
      retryAfterSeconds: null,
      fieldErrors: [
        { field: 'fulfilments.1.address.postalCode', code: 'invalid_format', message: 'x' },
        { field: 'address.village', code: 'not_in_zone', message: 'y' },
        { field: 'contact.email', code: 'invalid_format', message: 'z' },
      ],
    });
    expect(failure.fieldErrors.map((error) => error.field)).toEqual([
      'address.postalCode',
      'address.village',
      'contact.email',
    ]);
  });
});
