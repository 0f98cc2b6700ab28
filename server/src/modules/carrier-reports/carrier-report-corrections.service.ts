import type { CarrierMonthReport, CarrierReportStatus } from '@e-galleria/shared/carrier-reports';
import type {
  CorrectableMonth,
  CorrectNoteBody,
  CorrectRunBody,
} from '@e-galleria/shared/run-corrections';
import type { Transaction, TransactionRunner } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../auth/access.port.ts';
import type { CarrierDirectory } from '../deliveries/carriers.port.ts';
import type {
  CorrectionContext,
  RunCorrectionsService,
} from '../deliveries/run-corrections.service.ts';
import type { MunicipalitiesService } from '../municipalities/municipalities.service.ts';
import { loadCarrier } from './carrier-report-access.ts';
import type { CarrierReportsRepository } from './carrier-reports.repository.ts';
import { endedMonth, type CarrierReportsService } from './carrier-reports.service.ts';

/**
 * Whether a month's runs and notes may still be corrected: until its report is submitted, and
 * again once it is returned. What the municipality has before it — submitted, or approved and
 * claimed — does not move under it.
 */
export function isOpenForCorrection(status: CarrierReportStatus | null): boolean {
  return status === null || status === 'returned';
}

/**
 * A carrier's staff correct a wrong run or note of a month with a reason (decision 0044). The
 * rule about the report's state lives here; the change and its history are the deliveries
 * module's, made through its door in this transaction.
 */
export function createCarrierReportCorrectionsService(deps: {
  reports: CarrierReportsRepository;
  report: CarrierReportsService;
  corrections: RunCorrectionsService;
  carriers: CarrierDirectory;
  municipalities: MunicipalitiesService;
  transaction: TransactionRunner;
  now: () => number;
}) {
  const { reports, corrections, transaction, now } = deps;

  async function correct(
    actor: Actor | null,
    slug: string,
    month: string,
    reason: string,
    change: (trx: Transaction, context: CorrectionContext) => Promise<void>,
  ): Promise<CarrierMonthReport> {
    const { carrier, actor: staff } = await loadCarrier(
      deps,
      actor,
      slug,
      'carrier.reports.correct',
    );
    const { from, to } = endedMonth(month, now());
    await transaction(async (trx) => {
      const status = await reports.holdStatus(carrier.id, month, trx);
      if (!isOpenForCorrection(status))
        throw new AppError(
          'report_locked',
          `The report of ${month} is ${String(status)}: it is corrected only once returned.`,
        );
      await change(trx, {
        carrierId: carrier.id,
        municipalityId: carrier.municipalityId,
        month,
        from,
        to,
        user: { id: staff.user.id, name: staff.user.name },
        reason,
      });
    });
    return deps.report.report(actor, slug, month);
  }

  return {
    /** The month's closed runs and driven notes, for the carrier to pick what to correct. */
    async correctable(actor: Actor | null, slug: string, month: string): Promise<CorrectableMonth> {
      const { carrier } = await loadCarrier(deps, actor, slug, 'carrier.reports.correct');
      const { from, to } = endedMonth(month, now());
      return corrections.correctable(carrier.id, carrier.municipalityId, from, to);
    },

    correctRun: (
      actor: Actor | null,
      slug: string,
      month: string,
      runId: string,
      body: CorrectRunBody,
    ) =>
      correct(actor, slug, month, body.reason, (trx, context) =>
        corrections.correctRun(trx, context, runId, Math.round(body.km * 10)),
      ),

    correctNote: (
      actor: Actor | null,
      slug: string,
      month: string,
      orderId: string,
      body: CorrectNoteBody,
    ) =>
      correct(actor, slug, month, body.reason, (trx, context) =>
        corrections.correctNote(trx, context, orderId, body),
      ),
  };
}

export type CarrierReportCorrectionsService = ReturnType<
  typeof createCarrierReportCorrectionsService
>;
