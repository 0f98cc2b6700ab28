import { Router } from 'express';
import multer from 'multer';
import { importQuerySchema } from '@e-galleria/shared/catalogue-import';
import { readMultipart } from '../../http/multipart.ts';
import { parseInput } from '../../http/validate.ts';
import { importTemplateCsv } from './catalogue-csv.ts';
import type { ImportsService } from './imports.service.ts';
import type { ProductsService } from './products.service.ts';

// Bounded before anything is buffered: one file of at most 10 MB (20 000 rows fit easily).
const csvUpload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: 10 * 1024 * 1024, files: 1, fields: 2, parts: 3 },
}).single('file');

/** CSV import of a shop's goods: template, dry run, import, progress. */
export function createImportsRouter(deps: { imports: ImportsService; products: ProductsService }) {
  const router = Router();

  router.get('/catalogue/import-template.csv', (_request, response) => {
    response
      .type('text/csv; charset=utf-8')
      .attachment('e-galleria-varor.csv')
      .send(importTemplateCsv());
  });

  router.post('/shops/:shopId/catalogue-imports', async (request, response) => {
    const { dryRun } = parseInput(importQuerySchema, request.query);
    // Who may import is checked before the upload is read, so strangers cannot make us buffer.
    await deps.products.loadShop(request.actor, request.params.shopId, 'shop.catalogue.manage');
    await readMultipart(csvUpload, request, response);
    const buffer = request.file?.buffer;
    if (dryRun === 'true') {
      response.json({
        report: await deps.imports.dryRun(request.actor, request.params.shopId, buffer),
      });
      return;
    }
    const started = await deps.imports.start(request.actor, request.params.shopId, buffer);
    response
      .status(202)
      .location(`/api/v1/shops/${request.params.shopId}/catalogue-imports/${started.job.id}`)
      .json({ import: started.job, report: started.report });
  });

  router.get('/shops/:shopId/catalogue-imports/:importId', async (request, response) => {
    const { shopId, importId } = request.params;
    response.json({ import: await deps.imports.get(request.actor, shopId, importId) });
  });

  return router;
}
