import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { StoredImage } from '@e-galleria/shared/images';
import { sv } from '../../i18n/sv.ts';
import { ProductPhotos } from './product-photos.tsx';

const i18n = i18next.createInstance();
await i18n.use(initReactI18next).init({
  resources: { sv: { translation: sv } },
  lng: 'sv',
  initAsync: false,
  interpolation: { escapeValue: false },
});

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
    const html = renderToStaticMarkup(
      <I18nextProvider i18n={i18n}>
        <ProductPhotos images={[photo('a'), photo('b')]} title="Lingonsylt" />
      </I18nextProvider>,
    );
    const buttons = html.match(/<button[^>]*>/g) ?? [];
    expect(buttons).toHaveLength(2);
    for (const button of buttons) expect(button).toContain('disabled=""');
  });
});
