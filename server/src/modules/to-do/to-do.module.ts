import type { MunicipalitiesService } from '../municipalities/municipalities.service.ts';
import { createToDoRouter } from './to-do.router.ts';
import { createToDoService } from './to-do.service.ts';
import type { ToDoSource } from './to-do.port.ts';

/**
 * What waits on a municipality (shops to approve, households asking for home delivery, other
 * municipalities' shops asking to be listed, carriers' reports). Owns no table: each source is
 * a door of the module that owns the work, built in modules.ts like the claim's (0043).
 */
export function createToDoModule(deps: {
  sources: readonly ToDoSource[];
  municipalities: MunicipalitiesService;
}) {
  const toDo = createToDoService(deps);
  return { toDo, router: createToDoRouter({ toDo }) };
}
