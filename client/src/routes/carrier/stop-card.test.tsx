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
const card = (status: string) =>
  renderToHtml(
    <StopCard
      stop={stop(status)}
      number={1}
      isFirst
      isLast
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
});
