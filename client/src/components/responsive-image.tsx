import type { StoredImage } from '@e-galleria/shared/images';
import { createContext, useContext } from 'react';

/** The page's main picture as the browser would choose it: what to preload. */
export type PriorityPicture = { type: string; srcset: string; sizes: string; url: string };

/**
 * On the server, a render is told its main picture here, so the response's `Link` header can
 * ask for it before the browser has read a byte of the page (decision 0051).
 */
export const PriorityPictureSink = createContext<((picture: PriorityPicture) => void) | null>(null);

/**
 * A stored image as `<picture>`: WebP for browsers that read it, the JPEG/PNG fallback for the
 * rest, each with a `srcset` so a phone downloads the small rendition. `sizes` says how wide
 * the image is drawn (e.g. `(min-width: 40rem) 20rem, 50vw`); the browser picks the file.
 * `width`/`height` are the intrinsic size, so CSS that sets one dimension keeps the shape and
 * the page does not jump when the bytes arrive.
 */
export function ResponsiveImage({
  image,
  alt,
  sizes,
  className,
  isPriority = false,
}: {
  image: StoredImage;
  alt: string;
  sizes: string;
  className?: string;
  /** The page's main image: fetched at once instead of when scrolled near. */
  isPriority?: boolean;
}) {
  const tellPriorityPicture = useContext(PriorityPictureSink);
  // The first source is the one a browser that reads it picks (WebP before the fallback).
  const chosen = image.sources[0] ?? image.fallback;
  if (isPriority && tellPriorityPicture)
    tellPriorityPicture({
      type: chosen.type,
      srcset: chosen.srcset,
      sizes,
      url: image.fallback.url,
    });
  return (
    <picture>
      {image.sources.map((source) => (
        <source
          key={source.type}
          type={source.type}
          srcSet={source.srcset}
          sizes={sizes}
          // The server may have put the phone's candidate of a main picture inside the page
          // (server/src/http/inline-pictures.ts): the browser keeps what it drew.
          suppressHydrationWarning={isPriority}
        />
      ))}
      <img
        className={className}
        src={image.fallback.url}
        srcSet={image.fallback.srcset}
        sizes={sizes}
        width={image.width}
        height={image.height}
        alt={alt}
        loading={isPriority ? 'eager' : 'lazy'}
        // In a page rendered on the server the browser finds it in the first HTML: ahead of
        // the scripts, which a phone line would otherwise fetch first (decision 0051).
        fetchPriority={isPriority ? 'high' : undefined}
        decoding="async"
      />
    </picture>
  );
}

/** `sizes` for an image drawn at a fixed CSS height (a logo in a banner): its width there. */
export function sizesAtHeight(image: StoredImage, cssPixels: number): string {
  return `${Math.ceil((cssPixels * image.width) / Math.max(1, image.height))}px`;
}
