import { describe, expect, it } from 'vitest';
import type { ShopOrder } from '@e-galleria/shared/orders';
import { renderToHtml } from '../../i18n/render-for-test.tsx';
import { ParcelLabel } from './parcel-labels-page.tsx';

const line = (storageClass: 'ambient' | 'chilled' | 'frozen') => ({
  title: 'Vara',
  variantName: null,
  quantity: 1,
  unitPriceOre: 100,
  lineTotalOre: 100,
  vatRateBasisPoints: 600,
  slot: null,
  storageClass,
});
const order = (classes: ('ambient' | 'chilled' | 'frozen')[]) =>
  ({
    id: 'o1',
    parcelCode: 'MFUVV52H',
    customer: { name: 'Britt Bymark', email: null, phone: null },
    shop: { name: 'Silvervägens Livs' },
    fulfilment: {
      method: 'pickup_at_service_point',
      servicePoint: { id: 'sp', name: 'Laisvall Byhandel', village: 'Laisvall' },
      date: '2026-12-10',
      readyAt: null,
    },
    lines: classes.map(line),
  }) as unknown as ShopOrder;

// A walk found a parcel of Räksmörgås labelled like dry goods, though the counter keeps it cold.
describe('a parcel label', () => {
  it('says the coldest keeping its goods need, and nothing for dry goods', () => {
    expect(renderToHtml(<ParcelLabel order={order(['ambient', 'chilled'])} />)).toContain(
      'KYLVARA – förvaras i kylskåp',
    );
    expect(renderToHtml(<ParcelLabel order={order(['chilled', 'frozen'])} />)).toContain(
      'FRYSVARA – förvaras i frys',
    );
    const dry = renderToHtml(<ParcelLabel order={order(['ambient'])} />);
    expect(dry).not.toContain('KYLVARA');
    expect(dry).not.toContain('FRYSVARA');
  });
});
