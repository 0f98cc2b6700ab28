import { z } from 'zod';

/**
 * A stored image as the API returns it, ready for `<picture>`: one `<source>` per modern
 * format, and the fallback's `srcset` and URL for `<img>`. `width` and `height` are those of
 * the largest rendition, so the page can reserve the right box before the bytes arrive.
 */
export const storedImageSchema = z.object({
  id: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  sources: z.array(z.object({ type: z.string(), srcset: z.string() })),
  fallback: z.object({ type: z.string(), srcset: z.string(), url: z.string() }),
});
export type StoredImage = z.infer<typeof storedImageSchema>;
