import { Router } from 'express';
import type { ToDoService } from './to-do.service.ts';

/** What waits on a municipality: counts for its admins' start page. */
export function createToDoRouter(deps: { toDo: ToDoService }) {
  const router = Router();
  router.get('/admin/municipalities/:slug/to-do', async (request, response) => {
    response.json(await deps.toDo.of(request.actor, request.params.slug));
  });
  return router;
}
