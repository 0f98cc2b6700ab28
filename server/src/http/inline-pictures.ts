import type { FileStorage } from '../integrations/file-storage.ts';
import { contentTypeOf } from '../integrations/file-storage.ts';

/** The page's main picture as client/src/components/responsive-image.tsx tells it. */
export type PriorityPicture = { type: string; srcset: string; sizes: string; url: string };

/** One `srcset` candidate whose bytes go inside the page. */
export type InlineCandidate = { url: string; width: number; dataUri: string };

/**
 * The phone a page is inlined for: a common Android width, at 2 device pixels per CSS pixel.
 * Phones from 1.75× to 3× at 360–412 px pick the same cover and product renditions
 * (image-profiles.ts), so one guess serves nearly all of them; a phone that picks another
 * candidate fetches it as before.
 */
const phone = { cssWidth: 412, devicePixelRatio: 2, remPixels: 16 };

/**
 * Picture files no larger than this go inside the page: the demo's covers are 11–13 kB. A
 * larger photo is fetched as before — inside the page it would hold back the text after it.
 */
export const inlinePictureMaxBytes = 20 * 1024;

/** Data URIs kept per process (≤ 27 kB each, so ≤ 7 MB); names mean the same bytes for ever. */
const cachedPictures = 256;

/**
 * A rendered page's main picture inside its HTML (decision 0051): on a phone line every
 * request waits ≈ 0.5 s for the line's latency before its first byte, and the picture is the
 * page's largest paint. The candidate a phone would pick is written into the page's
 * `<source srcset>` as a data URI; other candidates (a wide screen's) stay addresses.
 */
export function createInlinePictures(
  storage: FileStorage,
  logError: (error: unknown) => void,
  maxBytes = inlinePictureMaxBytes,
) {
  // Insertion order is recency: a hit moves to the end, the oldest goes first.
  const cache = new Map<string, Promise<string | null>>();

  function dataUriOf(url: string): Promise<string | null> {
    const cached = cache.get(url);
    if (cached) {
      cache.delete(url);
      cache.set(url, cached);
      return cached;
    }
    const name = url.slice(url.lastIndexOf('/') + 1);
    // Only our own stored names: an address the store would not give is never read.
    if (storage.urlOf(name) !== url) return Promise.resolve(null);
    const reading = storage.readIfSmall(name, maxBytes).then(
      (bytes) => (bytes ? `data:${contentTypeOf(name)};base64,${bytes.toString('base64')}` : null),
      (error: unknown) => {
        // The page goes out with the address; the next render tries again.
        cache.delete(url);
        logError(error);
        return null;
      },
    );
    cache.set(url, reading);
    for (const oldest of cache.keys()) {
      if (cache.size <= cachedPictures) break;
      cache.delete(oldest);
    }
    return reading;
  }

  /** The phone's candidate with its bytes, or null when it is too large or unknown. */
  async function inlineCandidateOf(picture: PriorityPicture): Promise<InlineCandidate | null> {
    const candidate = candidateForPhone(picture.srcset, picture.sizes);
    if (!candidate) return null;
    const dataUri = await dataUriOf(candidate.url);
    return dataUri ? { ...candidate, dataUri } : null;
  }

  return { inlineCandidateOf };
}

export type InlinePictures = ReturnType<typeof createInlinePictures>;

/**
 * The rendered HTML with the candidate's address in the picture's `<source srcset>` replaced
 * by its bytes, or null when the attribute is not found as React writes it. Only the
 * attribute changes: React does not patch an attribute when it hydrates (and the element
 * says so, suppressHydrationWarning), so the browser keeps what it has already drawn.
 */
export function withInlineCandidate(
  html: string,
  picture: PriorityPicture,
  candidate: InlineCandidate,
): string | null {
  const attribute = `srcSet="${escapeAttribute(picture.srcset)}"`;
  const at = html.indexOf(attribute);
  if (at === -1) return null;
  const inlined = picture.srcset
    .split(', ')
    .map((entry) =>
      entry === `${candidate.url} ${candidate.width}w`
        ? `${candidate.dataUri} ${candidate.width}w`
        : entry,
    )
    .join(', ');
  return `${html.slice(0, at)}srcSet="${escapeAttribute(inlined)}"${html.slice(at + attribute.length)}`;
}

/**
 * The `srcset` candidate the phone picks: the narrowest at least as wide as the picture is
 * drawn times the pixel ratio, else the widest. Null when `sizes` is not one this evaluator
 * reads (then nothing is inlined).
 */
export function candidateForPhone(
  srcset: string,
  sizes: string,
): { url: string; width: number } | null {
  const drawn = drawnWidthOnPhone(sizes);
  if (drawn === null) return null;
  const candidates = srcset
    .split(', ')
    .map((entry) => /^(\S+) (\d+)w$/.exec(entry.trim()))
    .map((match) => (match?.[1] ? { url: match[1], width: Number(match[2]) } : null));
  if (candidates.length === 0 || candidates.some((candidate) => candidate === null)) return null;
  const sorted = (candidates as { url: string; width: number }[]).sort((a, b) => a.width - b.width);
  const needed = drawn * phone.devicePixelRatio;
  return sorted.find((candidate) => candidate.width >= needed) ?? sorted.at(-1) ?? null;
}

/**
 * How wide (CSS px) the phone draws a picture with these `sizes`: the lengths and media
 * conditions the storefront writes — `(min-width: 40rem) 16rem, 50vw`, `240px` — and no
 * others (calc(), other features: null).
 */
export function drawnWidthOnPhone(sizes: string): number | null {
  for (const entry of sizes.split(',').map((part) => part.trim())) {
    const match =
      /^(?:\((min|max)-width:\s*([\d.]+(?:px|rem|em))\)\s+)?([\d.]+(?:px|rem|em|vw))$/.exec(entry);
    if (!match?.[3]) return null;
    const [, bound, limit, length] = match;
    if (bound && limit) {
      const limitPixels = pixelsOf(limit);
      const holds = bound === 'min' ? phone.cssWidth >= limitPixels : phone.cssWidth <= limitPixels;
      if (!holds) continue;
    }
    return pixelsOf(length);
  }
  return null;
}

function pixelsOf(length: string): number {
  const value = Number.parseFloat(length);
  if (length.endsWith('vw')) return (value * phone.cssWidth) / 100;
  if (length.endsWith('rem') || length.endsWith('em')) return value * phone.remPixels;
  return value;
}

/** As React escapes an attribute's value in the HTML it renders. */
function escapeAttribute(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#x27;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}
