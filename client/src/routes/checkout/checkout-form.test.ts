import { describe, expect, it } from 'vitest';
import { checkoutBodyFromForm } from './checkout-form.ts';

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
});
