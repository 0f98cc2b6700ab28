import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductPage } from '@e-galleria/shared/catalogue';
import { ResponsiveImage } from '../../components/responsive-image.tsx';
import { useIsHydrated } from '../../lib/use-is-hydrated.ts';

/**
 * The product's photos, the chosen one large and the rest as buttons below. Every photo is
 * square (the server crops them so), as the owner saw it when uploading.
 */
export function ProductPhotos({ images, title }: { images: ProductPage['images']; title: string }) {
  const { t } = useTranslation();
  const [shownIndex, setShownIndex] = useState(0);
  // Choosing a photo is the app's work: on the rendered product page, not before it has
  // taken over (decision 0051).
  const isHydrated = useIsHydrated();
  const shown = images[shownIndex] ?? images[0];
  if (!shown) return null;
  return (
    <div className="product-photos">
      <ResponsiveImage
        image={shown}
        className="product-photos__main"
        // Half the page beside the price from 48rem, the whole width on a phone.
        sizes="(min-width: 48rem) 34rem, 100vw"
        alt={t('catalogue.product.photoAlt', {
          title,
          number: shownIndex + 1,
          count: images.length,
        })}
        isPriority
      />
      {images.length > 1 ? (
        <ul className="product-photos__thumbs inline-list">
          {images.map((image, index) => (
            <li key={image.id}>
              <button
                type="button"
                className="product-photos__thumb"
                aria-pressed={index === shownIndex}
                disabled={!isHydrated}
                onClick={() => setShownIndex(index)}
              >
                <ResponsiveImage
                  image={image}
                  sizes="4rem"
                  alt={t('catalogue.product.showPhoto', { number: index + 1 })}
                />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
