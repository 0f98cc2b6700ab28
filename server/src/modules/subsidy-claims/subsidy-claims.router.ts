import { Router, type Request } from 'express';
import { subsidyClaimQuerySchema } from '@e-galleria/shared/subsidy-claims';
import { parseInput } from '../../http/validate.ts';
import { subsidyClaimCsv } from './subsidy-claim-csv.ts';
import { fileNameOf } from './subsidy-claim-labels.ts';
import { renderSubsidyClaimPdf } from './subsidy-claim-pdf.ts';
import type { SubsidyClaimsService } from './subsidy-claims.service.ts';

/** The yearly subsidy claim: a municipality's, as JSON, PDF and CSV; the region's overview. */
export function createSubsidyClaimsRouter(deps: { claims: SubsidyClaimsService }) {
  const { claims } = deps;
  const router = Router();
  const municipality = '/admin/municipalities/:slug/subsidy-claims/:year';

  const claimOf = (request: Request) => {
    const { kind } = parseInput(subsidyClaimQuerySchema, request.query);
    return claims.claim(
      request.actor,
      String(request.params.slug),
      String(request.params.year),
      kind,
    );
  };

  router.get(municipality, async (request, response) => {
    response.json({ claim: await claimOf(request) });
  });

  router.get(`${municipality}/claim.pdf`, async (request, response) => {
    const claim = await claimOf(request);
    response
      .type('application/pdf')
      .set('Content-Disposition', `attachment; filename="${fileNameOf(claim, 'pdf')}"`)
      .send(await renderSubsidyClaimPdf(claim));
  });

  router.get(`${municipality}/claim.csv`, async (request, response) => {
    const claim = await claimOf(request);
    response
      .type('text/csv; charset=utf-8')
      .set('Content-Disposition', `attachment; filename="${fileNameOf(claim, 'csv')}"`)
      .send(subsidyClaimCsv(claim));
  });

  router.get(`${municipality}/households/:reference`, async (request, response) => {
    response.json(
      await claims.identify(
        request.actor,
        request.params.slug,
        request.params.year,
        request.params.reference,
      ),
    );
  });

  router.get('/admin/region/subsidy-claims/:year', async (request, response) => {
    const { kind } = parseInput(subsidyClaimQuerySchema, request.query);
    response.json({
      overview: await claims.overview(request.actor, request.params.year, kind),
    });
  });

  return router;
}
