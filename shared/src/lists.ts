import { z } from 'zod';

/** Every list of the API: `{ items, nextCursor }` (DESIGN §9); null when there is no next page. */
export type ListResponse<Item> = { items: Item[]; nextCursor: string | null };

export function listResponseSchema<Item extends z.ZodType>(item: Item) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}
