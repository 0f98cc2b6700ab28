import { Router } from 'express';
import {
  createMunicipalityBodySchema,
  updateMunicipalitySettingsBodySchema,
} from '@e-galleria/shared/municipalities';
import { receiveImageUpload } from '../../http/image-upload.ts';
import { parseInput } from '../../http/validate.ts';
import type { MunicipalitiesService } from './municipalities.service.ts';

export function createMunicipalitiesRouter(deps: { municipalities: MunicipalitiesService }) {
  const { municipalities } = deps;
  const router = Router();

  router.get('/region', async (_request, response) => {
    response.json({ region: await municipalities.region() });
  });

  router.get('/municipalities', async (_request, response) => {
    response.json({ items: await municipalities.listPublic(), nextCursor: null });
  });

  router.get('/municipalities/:slug', async (request, response) => {
    response.json({ municipality: await municipalities.getPublic(request.params.slug) });
  });

  router.get('/admin/municipalities', async (request, response) => {
    response.json({
      items: await municipalities.listForRegionAdmin(request.actor),
      nextCursor: null,
    });
  });

  router.post('/admin/municipalities', async (request, response) => {
    const body = parseInput(createMunicipalityBodySchema, request.body);
    response.status(201).json({ municipality: await municipalities.create(request.actor, body) });
  });

  router.get('/admin/municipalities/:slug', async (request, response) => {
    response.json({
      municipality: await municipalities.getSettings(request.actor, request.params.slug),
    });
  });

  router.patch('/admin/municipalities/:slug', async (request, response) => {
    const changes = parseInput(updateMunicipalitySettingsBodySchema, request.body);
    response.json({
      municipality: await municipalities.updateSettings(
        request.actor,
        request.params.slug,
        changes,
      ),
    });
  });

  router.post('/admin/municipalities/:slug/logo', async (request, response) => {
    // Who may upload is checked before the upload is read, so strangers cannot make us buffer.
    await municipalities.getSettings(request.actor, request.params.slug);
    const upload = await receiveImageUpload(request, response);
    response.json({
      municipality: await municipalities.setLogo(request.actor, request.params.slug, upload),
    });
  });

  return router;
}
