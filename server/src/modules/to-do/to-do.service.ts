import { toDoKinds, type MunicipalityToDo, type ToDoKind } from '@e-galleria/shared/to-do';
import { AppError } from '../../errors.ts';
import { authorize, type Actor } from '../auth/access.port.ts';
import type { MunicipalitiesService } from '../municipalities/municipalities.service.ts';
import type { ToDoSource } from './to-do.port.ts';

/**
 * A municipality admin's to-do list (its start page): how much waits on the municipality, of
 * each kind, read from the modules that own the work through their doors.
 */
export function createToDoService(deps: {
  sources: readonly ToDoSource[];
  municipalities: MunicipalitiesService;
}) {
  const { sources, municipalities } = deps;
  return {
    async of(actor: Actor | null, slug: string): Promise<MunicipalityToDo> {
      if (!actor) throw new AppError('unauthenticated');
      const municipality = await municipalities.findOrThrow(slug);
      authorize(actor, 'municipality.to_do.read', municipalities.scopeOf(municipality));
      const counts = Object.assign(
        {},
        ...(await Promise.all(sources.map((source) => source.waitingFor(municipality.id)))),
      ) as Partial<Record<ToDoKind, number>>;
      return {
        items: toDoKinds.map((kind) => ({ kind, count: counts[kind] ?? 0 })),
        nextCursor: null,
      };
    },
  };
}

export type ToDoService = ReturnType<typeof createToDoService>;
