import type { Action } from '@e-galleria/shared/authorization';
import {
  reportMonthSchema,
  type CarrierMonthReport,
  type CarrierReportLine,
  type CarrierReportSummary,
  type CarrierReportTotals,
  type SubmitCarrierReportBody,
} from '@e-galleria/shared/carrier-reports';
import { swedishDateOf } from '@e-galleria/shared/calendar-dates';
import { isUniqueViolation } from '../../db/constraint-errors.ts';
import type { TransactionRunner } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import { AppError, notFound } from '../../errors.ts';
import type { Actor } from '../auth/access.port.ts';
import type { CarrierMonthService } from '../deliveries/carrier-month.service.ts';
import type { RunCorrectionsService } from '../deliveries/run-corrections.service.ts';
import type { CarrierDirectory, CarrierSummary } from '../deliveries/carriers.port.ts';
import type { MailService } from '../mail/mail.service.ts';
import type { MunicipalitiesService } from '../municipalities/municipalities.service.ts';
import type { UsersService } from '../users/users.service.ts';
import * as access from './carrier-report-access.ts';
import type { CarrierReportForwardsRepository } from './carrier-report-forwards.repository.ts';
import type { CarrierReportRow, CarrierReportsRepository } from './carrier-reports.repository.ts';

/**
 * The most a carrier's month can claim, in öre (10 000 000 kr): far above any village route,
 * and within carrier_reports.cost_ore (an integer column, at most 2 147 483 647 öre). The
 * unit price times the month's runs or deliveries over it is refused on `costUnitOre`.
 */
export const maxReportCostOre = 1_000_000_000;

export type CarrierReportsDeps = {
  reports: CarrierReportsRepository;
  transaction: TransactionRunner;
  carriers: CarrierDirectory;
  months: CarrierMonthService;
  corrections: RunCorrectionsService;
  forwards: CarrierReportForwardsRepository;
  municipalities: MunicipalitiesService;
  users: UsersService;
  mail: MailService;
  publicUrl: string;
  now: () => number;
};

function fieldError(field: string, code: string, message: string): AppError {
  return new AppError('validation_failed', message, { fieldErrors: [{ field, code, message }] });
}

/** The month's first and last day, once it has ended in Sweden; else a 400 on `month`. */
export function endedMonth(month: string, now: number): { from: string; to: string } {
  if (!reportMonthSchema.safeParse(month).success)
    throw fieldError('month', 'invalid_format', 'A month as YYYY-MM.');
  if (month >= swedishDateOf(now).slice(0, 7))
    throw fieldError('month', 'month_not_ended', 'The month has not ended yet.');
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const lastDay = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(lastDay).padStart(2, '0')}` };
}

/** A line as the form shows it: the household by name and village, as on its notes. */
const formLine = ({ date, householdName, village, deliveries, feeOre }: CarrierReportLine) => ({
  date,
  householdName,
  village,
  deliveries,
  feeOre,
});

const totalsOf = (row: CarrierReportRow) => ({
  deliveries: row.delivery_count,
  households: row.household_count,
  runs: row.run_count,
  km: row.km_tenths / 10,
  feesOre: row.fees_ore,
});

/**
 * A carrier's monthly report (issue 14): computed from the runs and delivered notes the
 * deliveries module recorded, submitted by the carrier's staff with the cost it invoices as a
 * snapshot, approved or returned by the municipality's own admins. A returned report shows
 * the month as recorded now (a corrected run counts) and may be submitted again.
 */
export function createCarrierReportsService(deps: CarrierReportsDeps) {
  const { reports, carriers, months, municipalities, transaction, now } = deps;

  const loadCarrier = (actor: Actor | null, slug: string, action: Action) =>
    access.loadCarrier(deps, actor, slug, action);

  async function recorded(carrier: CarrierSummary, month: string) {
    const { from, to } = endedMonth(month, now());
    return months.month(carrier.id, carrier.municipalityId, from, to);
  }

  async function view(
    carrier: CarrierSummary,
    month: string,
    stored: CarrierReportRow | undefined,
  ): Promise<CarrierMonthReport> {
    const municipality = await municipalities.describe(carrier.municipalityId);
    const header = {
      month,
      municipality: { name: municipality.name, slug: municipality.slug },
      carrier: { name: carrier.name, slug: carrier.slug, orgNumber: carrier.orgNumber },
    };
    const decision = {
      corrections: await deps.corrections.ofMonth(carrier.id, month),
      id: stored?.id ?? null,
      status: stored?.status ?? null,
      comment: stored?.comment ?? null,
      submittedAt: stored?.submitted_at ?? null,
      decidedAt: stored?.decided_at ?? null,
    };
    if (stored && stored.status !== 'returned')
      return {
        ...header,
        ...decision,
        lines: (JSON.parse(stored.snapshot) as CarrierReportLine[]).map(formLine),
        totals: totalsOf(stored),
        cost: {
          basis: stored.cost_basis,
          unitOre: stored.cost_unit_ore,
          totalOre: stored.cost_ore,
        },
      };
    const figures = await recorded(carrier, month);
    return {
      ...header,
      ...decision,
      lines: figures.lines.map(formLine),
      totals: {
        deliveries: figures.deliveries,
        households: figures.households,
        runs: figures.runs,
        km: figures.kmTenths / 10,
        feesOre: figures.feesOre,
      },
      cost: stored
        ? { basis: stored.cost_basis, unitOre: stored.cost_unit_ore, totalOre: stored.cost_ore }
        : null,
    };
  }

  async function tellCarrier(row: CarrierReportRow, carrier: { name: string; slug: string }) {
    const municipality = await municipalities.describe(row.municipality_id);
    const staff = await deps.users.listRoleHolders('carrier', 'carrier', row.carrier_id);
    await deps.mail.enqueueMany(
      staff.map((person) => ({
        to: person.email,
        // Each in their own language, as every mail to a person with an account.
        locale: person.locale,
        kind: 'carrier_report_decision' as const,
        params: {
          carrier: carrier.name,
          municipality: municipality.name,
          month: row.month,
          approved: row.status === 'approved',
          comment: row.comment,
          link: `${deps.publicUrl}/konto/bud/${carrier.slug}`,
        },
      })),
    );
  }

  const loadMunicipality = (actor: Actor | null, slug: string, action: Action) =>
    access.loadMunicipality(deps, actor, slug, action);

  async function decide(
    actor: Actor | null,
    slug: string,
    id: string,
    status: 'approved' | 'returned',
    comment: string | null,
  ): Promise<CarrierReportSummary> {
    const { municipality, admin } = await loadMunicipality(
      actor,
      slug,
      'municipality.carrier_reports.decide',
    );
    const report = await reports.findById(id);
    // Another municipality's report is missing here, whoever asks.
    if (!report || report.municipality_id !== municipality.id) throw notFound('The report');
    const at = now();
    const changed = await transaction((trx) =>
      reports.decide(
        id,
        { status, comment, decided_at: at, decided_by_user_id: admin.user.id, updated_at: at },
        trx,
      ),
    );
    if (!changed)
      throw new AppError('status_conflict', `The report is ${report.status}, not submitted.`);
    const decided = await reports.findById(id);
    if (!decided) throw notFound('The report');
    const carrier = await carriers.carrierById(decided.carrier_id);
    const carrierRef = { name: carrier?.name ?? '', slug: carrier?.slug ?? '' };
    await tellCarrier(decided, carrierRef);
    return toSummary(decided, carrierRef);
  }

  /**
   * What the deliveries module records for a report's month now, while the report waits for
   * a decision or for the carrier's corrections: beside the submitted figures, the
   * municipality sees what moved since. An approved report's month no longer moves.
   */
  async function recordedNow(row: CarrierReportRow): Promise<CarrierReportTotals | null> {
    if (row.status === 'approved') return null;
    const { from, to } = endedMonth(row.month, now());
    const figures = await months.month(row.carrier_id, row.municipality_id, from, to);
    return {
      deliveries: figures.deliveries,
      households: figures.households,
      runs: figures.runs,
      km: figures.kmTenths / 10,
      feesOre: figures.feesOre,
    };
  }

  async function toSummary(
    row: CarrierReportRow,
    carrier: { name: string; slug: string },
  ): Promise<CarrierReportSummary> {
    const [recorded, corrections, forwards] = await Promise.all([
      recordedNow(row),
      deps.corrections.ofMonth(row.carrier_id, row.month),
      deps.forwards.ofReports([row.id]),
    ]);
    return {
      id: row.id,
      month: row.month,
      status: row.status,
      carrier,
      totals: totalsOf(row),
      recorded,
      costOre: row.cost_ore,
      comment: row.comment,
      submittedAt: row.submitted_at,
      corrections,
      forwards: forwards.map((forward) => ({
        to: forward.to_address,
        at: new Date(forward.created_at).toISOString(),
        by: forward.user_name,
      })),
    };
  }

  return {
    async report(actor: Actor | null, slug: string, month: string): Promise<CarrierMonthReport> {
      const { carrier } = await loadCarrier(actor, slug, 'carrier.reports.read');
      endedMonth(month, now());
      return view(carrier, month, await reports.find(carrier.id, month));
    },

    async submit(
      actor: Actor | null,
      slug: string,
      month: string,
      body: SubmitCarrierReportBody,
    ): Promise<CarrierMonthReport> {
      const { carrier, actor: staff } = await loadCarrier(actor, slug, 'carrier.reports.submit');
      const figures = await recorded(carrier, month);
      const units = body.costBasis === 'delivery' ? figures.deliveries : figures.runs;
      const costOre = units * body.costUnitOre;
      if (costOre > maxReportCostOre) {
        const message = `${units} × ${body.costUnitOre / 100} kr comes to more than ${maxReportCostOre / 100} kr, the most a month's report can claim.`;
        throw new AppError('validation_failed', message, {
          fieldErrors: [{ field: 'costUnitOre', code: 'too_big', message }],
        });
      }
      const at = now();
      const fields = {
        status: 'submitted' as const,
        cost_basis: body.costBasis,
        cost_unit_ore: body.costUnitOre,
        cost_ore: costOre,
        delivery_count: figures.deliveries,
        household_count: figures.households,
        run_count: figures.runs,
        km_tenths: figures.kmTenths,
        fees_ore: figures.feesOre,
        // With each household's id: the yearly claim counts deliveries per household (DESIGN §6).
        snapshot: JSON.stringify(figures.lines),
        comment: null,
        submitted_at: at,
        submitted_by_user_id: staff.user.id,
        decided_at: null,
        decided_by_user_id: null,
        updated_at: at,
      };
      const alreadySubmitted = () =>
        new AppError('status_conflict', 'The report of this month is already submitted.');
      await transaction(async (trx) => {
        const existing = await reports.find(carrier.id, month, trx);
        if (!existing) {
          await reports
            .insert(
              {
                ...fields,
                id: newId(),
                carrier_id: carrier.id,
                municipality_id: carrier.municipalityId,
                month,
                created_at: at,
              },
              trx,
            )
            .catch((error: unknown) => {
              throw isUniqueViolation(error) ? alreadySubmitted() : error;
            });
          return;
        }
        if (!(await reports.resubmit(existing.id, fields, trx))) throw alreadySubmitted();
      });
      return view(carrier, month, await reports.find(carrier.id, month));
    },

    async listForMunicipality(actor: Actor | null, slug: string) {
      const { municipality } = await loadMunicipality(
        actor,
        slug,
        'municipality.carrier_reports.read',
      );
      const rows = await reports.listOfMunicipality(municipality.id);
      return Promise.all(
        rows.map((row) => toSummary(row, { name: row.carrier_name, slug: row.carrier_slug })),
      );
    },

    /** One received report in full, as the carrier submitted it (for its PDF). */
    async received(actor: Actor | null, slug: string, id: string): Promise<CarrierMonthReport> {
      const { municipality } = await loadMunicipality(
        actor,
        slug,
        'municipality.carrier_reports.read',
      );
      const report = await reports.findById(id);
      if (!report || report.municipality_id !== municipality.id) throw notFound('The report');
      const carrier = await carriers.carrierById(report.carrier_id);
      if (!carrier) throw notFound('The carrier');
      return view(carrier, report.month, report);
    },

    approve: (actor: Actor | null, slug: string, id: string, comment: string | null) =>
      decide(actor, slug, id, 'approved', comment),

    returnToCarrier: (actor: Actor | null, slug: string, id: string, comment: string) =>
      decide(actor, slug, id, 'returned', comment),
  };
}

export type CarrierReportsService = ReturnType<typeof createCarrierReportsService>;
