import type { ToDoKind } from '@e-galleria/shared/to-do';

/**
 * What the to-do list asks of a module that owns work waiting on a municipality: how many of
 * each kind it holds for that municipality now. Authorization is the to-do's: a source
 * answers only the municipality it is asked about.
 */
export type ToDoSource = {
  waitingFor(municipalityId: string): Promise<Partial<Record<ToDoKind, number>>>;
};
