import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { StoredImage } from '@e-galleria/shared/images';
import { ResponsiveImage, sizesAtHeight } from './responsive-image.tsx';

const image: StoredImage = {
  id: 'i1',
  width: 512,
  height: 256,
  sources: [{ type: 'image/webp', srcset: '/files/a-128.webp 128w, /files/a-512.webp 512w' }],
  fallback: {
    type: 'image/png',
    srcset: '/files/a-128.png 128w, /files/a-512.png 512w',
    url: '/files/a-512.png',
  },
};

describe('ResponsiveImage', () => {
  it('offers WebP as a source and the fallback with srcset, sizes and intrinsic size', () => {
    const html = renderToStaticMarkup(<ResponsiveImage image={image} alt="Logo" sizes="160px" />);
    expect(html).toContain(
      '<source type="image/webp" srcSet="/files/a-128.webp 128w, /files/a-512.webp 512w" sizes="160px"/>',
    );
    expect(html).toContain('src="/files/a-512.png"');
    expect(html).toContain('srcSet="/files/a-128.png 128w, /files/a-512.png 512w"');
    expect(html).toMatch(/width="512" height="256" alt="Logo" loading="lazy"/);
  });

  it('computes the drawn width of an image shown at a fixed height', () => {
    expect(sizesAtHeight(image, 80)).toBe('160px');
  });
});
