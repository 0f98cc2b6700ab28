import type { CarrierReportSummary } from '@e-galleria/shared/carrier-reports';
import type { ForwardCarrierReportBody } from '@e-galleria/shared/run-corrections';
import type { TransactionRunner } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import { AppError, notFound } from '../../errors.ts';
import type { Actor } from '../auth/access.port.ts';
import type { CarrierDirectory } from '../deliveries/carriers.port.ts';
import type { MailService } from '../mail/mail.service.ts';
import type { MunicipalitiesService } from '../municipalities/municipalities.service.ts';
import { loadMunicipality } from './carrier-report-access.ts';
import { renderCarrierReportPdf } from './carrier-report-pdf.ts';
import type { CarrierReportForwardsRepository } from './carrier-report-forwards.repository.ts';
import type { CarrierReportsRepository } from './carrier-reports.repository.ts';
import type { CarrierReportsService } from './carrier-reports.service.ts';

/**
 * The municipality admin forwards an approved report as it is — its PDF, from the approved
 * snapshot — by mail, e.g. to the county board's registry (decision 0044). The mail, its PDF
 * and the report's history row are written in one transaction; the outbox delivers them.
 */
export function createCarrierReportForwardsService(deps: {
  reports: CarrierReportsRepository;
  report: CarrierReportsService;
  forwards: CarrierReportForwardsRepository;
  carriers: CarrierDirectory;
  municipalities: MunicipalitiesService;
  mail: MailService;
  transaction: TransactionRunner;
  now: () => number;
}) {
  return {
    async forward(
      actor: Actor | null,
      slug: string,
      id: string,
      body: ForwardCarrierReportBody,
    ): Promise<CarrierReportSummary> {
      const { municipality, admin } = await loadMunicipality(
        deps,
        actor,
        slug,
        'municipality.carrier_reports.forward',
      );
      const row = await deps.reports.findById(id);
      if (!row || row.municipality_id !== municipality.id) throw notFound('The report');
      if (row.status !== 'approved')
        throw new AppError(
          'status_conflict',
          `The report is ${row.status}: only an approved one is forwarded.`,
        );
      const report = await deps.report.received(actor, slug, id);
      const pdf = await renderCarrierReportPdf(report);
      const at = deps.now();
      await deps.transaction(async (trx) => {
        await deps.forwards.insert(
          {
            id: newId(),
            report_id: row.id,
            to_address: body.to,
            message: body.message || null,
            user_id: admin.user.id,
            user_name: admin.user.name,
            created_at: at,
          },
          trx,
        );
        await deps.mail.enqueue(
          {
            to: body.to,
            // The sender's language: they chose the words of the message beside it.
            locale: admin.user.locale,
            kind: 'carrier_report_forwarded',
            params: {
              carrier: report.carrier.name,
              municipality: report.municipality.name,
              month: report.month,
              sender: admin.user.name,
              message: body.message || null,
            },
            attachments: [
              {
                filename: `manadsrapport-${report.carrier.slug}-${report.month}.pdf`,
                contentType: 'application/pdf',
                content: pdf,
              },
            ],
          },
          trx,
        );
      });
      const summary = (await deps.report.listForMunicipality(actor, slug)).find(
        (each) => each.id === id,
      );
      if (!summary) throw notFound('The report');
      return summary;
    },
  };
}

export type CarrierReportForwardsService = ReturnType<typeof createCarrierReportForwardsService>;
