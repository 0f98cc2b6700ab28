import { z } from 'zod';

/**
 * What waits on a municipality's admins, in the order their start page lists it: shops they
 * invited that ask to be approved, households asking for subsidised home delivery, shops of
 * other municipalities asking to be shown in their galleria, carriers' monthly reports to
 * approve. Counts only: the lists are on the pages the start page links to.
 */
export const toDoKinds = [
  'shop_applications',
  'household_applications',
  'listing_requests',
  'carrier_reports',
] as const;
export type ToDoKind = (typeof toDoKinds)[number];

export const toDoItemSchema = z.object({
  kind: z.enum(toDoKinds),
  /** How many wait; 0 when none does (every kind is listed). */
  count: z.number().int().min(0),
});
export type ToDoItem = z.infer<typeof toDoItemSchema>;

/** GET /admin/municipalities/:slug/to-do: every kind, in `toDoKinds` order. */
export const municipalityToDoSchema = z.object({
  items: z.array(toDoItemSchema),
  nextCursor: z.null(),
});
export type MunicipalityToDo = z.infer<typeof municipalityToDoSchema>;
