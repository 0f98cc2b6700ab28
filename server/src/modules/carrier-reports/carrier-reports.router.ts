import { Router } from 'express';
import {
  decideCarrierReportBodySchema,
  returnCarrierReportBodySchema,
  submitCarrierReportBodySchema,
} from '@e-galleria/shared/carrier-reports';
import {
  correctNoteBodySchema,
  correctRunBodySchema,
  forwardCarrierReportBodySchema,
} from '@e-galleria/shared/run-corrections';
import { parseInput } from '../../http/validate.ts';
import { carrierReportCsv } from './carrier-report-csv.ts';
import { renderCarrierReportPdf } from './carrier-report-pdf.ts';
import type { CarrierReportCorrectionsService } from './carrier-report-corrections.service.ts';
import type { CarrierReportForwardsService } from './carrier-report-forwards.service.ts';
import type { CarrierReportsService } from './carrier-reports.service.ts';

/** The carrier's monthly reports and the municipality's decisions on them (issue 14). */
export function createCarrierReportsRouter(deps: {
  reports: CarrierReportsService;
  corrections: CarrierReportCorrectionsService;
  forwards: CarrierReportForwardsService;
}) {
  const { reports, corrections, forwards } = deps;
  const router = Router();
  const carrier = '/carriers/:slug/reports/:month';
  const admin = '/admin/municipalities/:slug/carrier-reports';

  router.get(carrier, async (request, response) => {
    const { slug, month } = request.params;
    response.json({ report: await reports.report(request.actor, slug, month) });
  });

  router.get(`${carrier}/report.pdf`, async (request, response) => {
    const { slug, month } = request.params;
    const report = await reports.report(request.actor, slug, month);
    response
      .type('application/pdf')
      .set('Content-Disposition', `attachment; filename="manadsrapport-${slug}-${month}.pdf"`)
      .send(await renderCarrierReportPdf(report));
  });

  router.get(`${carrier}/report.csv`, async (request, response) => {
    const { slug, month } = request.params;
    const report = await reports.report(request.actor, slug, month);
    response
      .type('text/csv; charset=utf-8')
      .set('Content-Disposition', `attachment; filename="manadsrapport-${slug}-${month}.csv"`)
      .send(carrierReportCsv(report));
  });

  router.post(`${carrier}/submit`, async (request, response) => {
    const body = parseInput(submitCarrierReportBodySchema, request.body);
    const { slug, month } = request.params;
    response.status(201).json({ report: await reports.submit(request.actor, slug, month, body) });
  });

  // Corrections of the month's runs and notes, each with a reason (decision 0044).
  router.get(`${carrier}/correctable`, async (request, response) => {
    const { slug, month } = request.params;
    response.json(await corrections.correctable(request.actor, slug, month));
  });

  router.post(`${carrier}/runs/:runId/correct`, async (request, response) => {
    const body = parseInput(correctRunBodySchema, request.body);
    const { slug, month, runId } = request.params;
    response.json({
      report: await corrections.correctRun(request.actor, slug, month, runId, body),
    });
  });

  router.post(`${carrier}/notes/:orderId/correct`, async (request, response) => {
    const body = parseInput(correctNoteBodySchema, request.body);
    const { slug, month, orderId } = request.params;
    response.json({
      report: await corrections.correctNote(request.actor, slug, month, orderId, body),
    });
  });

  router.get(admin, async (request, response) => {
    response.json({
      reports: await reports.listForMunicipality(request.actor, request.params.slug),
    });
  });

  router.get(`${admin}/:id/report.pdf`, async (request, response) => {
    const { slug, id } = request.params;
    const report = await reports.received(request.actor, slug, id);
    response
      .type('application/pdf')
      .set(
        'Content-Disposition',
        `attachment; filename="manadsrapport-${report.carrier.slug}-${report.month}.pdf"`,
      )
      .send(await renderCarrierReportPdf(report));
  });

  router.post(`${admin}/:id/approve`, async (request, response) => {
    const body = parseInput(decideCarrierReportBodySchema, request.body ?? {});
    const { slug, id } = request.params;
    response.json({
      report: await reports.approve(request.actor, slug, id, body.comment || null),
    });
  });

  router.post(`${admin}/:id/forward`, async (request, response) => {
    const body = parseInput(forwardCarrierReportBodySchema, request.body);
    const { slug, id } = request.params;
    response.json({ report: await forwards.forward(request.actor, slug, id, body) });
  });

  router.post(`${admin}/:id/return`, async (request, response) => {
    const body = parseInput(returnCarrierReportBodySchema, request.body);
    const { slug, id } = request.params;
    response.json({ report: await reports.returnToCarrier(request.actor, slug, id, body.comment) });
  });

  return router;
}
