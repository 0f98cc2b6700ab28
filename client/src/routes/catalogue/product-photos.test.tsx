import { describe, expect, it } from 'vitest';
import type { StoredImage } from '@e-galleria/shared/images';
import { renderToHtml } from '../../i18n/render-for-test.tsx';
import { ProductPhotos } from './product-photos.tsx';

const photo = (id: string): StoredImage => ({
  id,
  width: 800,
  height: 800,
  sources: [{ type: 'image/webp', srcset: `/files/${id}-800.webp 800w` }],
  fallback: {
    type: 'image/jpeg',
    srcset: `/files/${id}-800.jpg 800w`,
    url: `/files/${id}-800.jpg`,
  },
});

describe('ProductPhotos', () => {
  it('renders the other photos’ buttons disabled on the server, until the app can switch them', () => {
    const html = renderToHtml(
      <ProductPhotos images={[photo('a'), photo('b')]} title="Lingonsylt" />,
    );
    const buttons = html.match(/<button[^>]*>/g) ?? [];
    expect(buttons).toHaveLength(2);
    for (const button of buttons) expect(button).toContain('disabled=""');
  });
});
