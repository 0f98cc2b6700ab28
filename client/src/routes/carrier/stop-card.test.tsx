import { describe, expect, it } from 'vitest';
import type { CarrierDelivery } from '@e-galleria/shared/deliveries';
import { renderToHtml } from '../../i18n/render-for-test.tsx';
import { StopCard } from './stop-card.tsx';

const stop = (status: string) =>
  ({
    orderId: 'o1',
    status,
    shopName: 'Silvervägens Livs',
    coolBags: 0,
    coolBagsToCollect: 0,
    collectOre: 0,
    recipient: {
      name: 'Britt Bymark',
      streetAddress: 'Storvägen 14',
      postalCode: '93093',
      village: 'Laisvall',
      doorCode: null,
      driverNote: null,
      phone: '070-174 06 10',
    },
  }) as unknown as CarrierDelivery;
const card = (status: string, deliverFrom: string | null = null) =>
  renderToHtml(
    <StopCard
      stop={stop(status)}
      number={1}
      isFirst
      isLast
      deliverFrom={deliverFrom}
      onDeliver={() => undefined}
      onFail={() => undefined}
      onMove={() => undefined}
    />,
  );

// A walk found a stop sent out again for a later day listed without buttons and without why.
describe('a stop of the carrier’s day', () => {
  it('offers delivered and nobody home once in the carrier’s hands, and says why not before', () => {
    expect(card('out_for_delivery')).toContain('Levererad');
    const waiting = card('packed');
    expect(waiting).toContain('Väntar på att butiken lämnar över varorna till er.');
    expect(waiting).not.toContain('Levererad');
    expect(waiting).toContain('930 93 Laisvall');
  });

  // A walk could mark tomorrow's stop delivered today; the server refuses it now (409).
  it('says from which day a stop of a day to come can be marked, instead of the buttons', () => {
    const early = card('out_for_delivery', 'tisdag 8 december');
    expect(early).toContain('Kan markeras som levererad från tisdag 8 december, leveransdagen.');
    expect(early).not.toContain('Levererad');
    expect(early).not.toContain('Ingen hemma');
    expect(early).toContain('Ring 070-174 06 10');
  });
});
