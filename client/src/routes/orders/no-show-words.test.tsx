import { describe, expect, it } from 'vitest';
import type { CheckoutDetail } from '@e-galleria/shared/checkout';
import { renderToHtml } from '../../i18n/render-for-test.tsx';
import { OrderStatusBadge, statusEventOf } from './order-parts.tsx';
import { OrderTimeline } from './order-timeline.tsx';

type Order = CheckoutDetail['checkout']['orders'][number];

const at = '2027-03-02T08:00:00.000Z';
const slot = { start: at, end: '2027-03-02T08:30:00.000Z' };

/** A booking of one haircut, whose steps ended with `last`. */
function bookingEndedBy(last: { status: Order['status']; event: string }): Order {
  return {
    id: 'o1',
    shopId: 's1',
    status: last.status,
    totalOre: 42000,
    shop: {
      id: 's1',
      slug: 'salong',
      name: 'Salong Norrsken',
      village: null,
      municipalitySlug: 'arjeplog',
      contentLocale: 'sv',
    },
    fulfilment: { method: 'pickup_in_shop', servicePoint: null, date: null, readyAt: null },
    lines: [
      {
        title: 'Klippning',
        variantName: null,
        quantity: 1,
        unitPriceOre: 42000,
        lineTotalOre: 42000,
        vatRateBasisPoints: 2500,
        slot,
        storageClass: 'ambient',
      },
    ],
    charges: [],
    vat: [],
    declineReason: null,
    pickupCode: null,
    createdAt: at,
    timeline: [
      { status: 'placed', event: 'checkout', at },
      { status: 'accepted', event: 'accept', at },
      { status: last.status, event: last.event, at },
    ],
  };
}

// Decision 0074: a booking nobody came to is cancelled, but reads as what happened.
describe('a booking nobody came to', () => {
  const missed = bookingEndedBy({ status: 'cancelled', event: 'no_show' });
  const cancelled = bookingEndedBy({ status: 'cancelled', event: 'cancel_by_shop' });

  it('reads "Kom inte" to the shop and "Du kom inte" to the resident, in both languages', () => {
    const badge = (reader: 'shop' | 'resident', language: 'sv' | 'en') =>
      renderToHtml(
        <OrderStatusBadge order={missed} event={statusEventOf(missed.timeline)} reader={reader} />,
        language,
      );
    expect(badge('shop', 'sv')).toBe('<span class="badge badge--stopped">Kom inte</span>');
    expect(badge('resident', 'sv')).toContain('>Du kom inte<');
    expect(badge('shop', 'en')).toContain('>Did not come<');
    expect(badge('resident', 'en')).toContain('>You did not come<');
  });

  it('is its own step on the resident’s timeline; a shop’s cancellation stays "Avbeställd"', () => {
    const steps = (order: Order) =>
      [...renderToHtml(<OrderTimeline order={order} />).matchAll(/<strong>([^<]+)<\/strong>/g)].map(
        (match) => match[1],
      );
    expect(steps(missed)).toEqual(['Bokad', 'Bekräftad av butiken', 'Du kom inte']);
    expect(steps(cancelled)).toEqual(['Bokad', 'Bekräftad av butiken', 'Avbeställd']);
    expect(
      renderToHtml(
        <OrderStatusBadge order={cancelled} event={statusEventOf(cancelled.timeline)} />,
      ),
    ).toContain('>Avbeställd<');
  });
});
