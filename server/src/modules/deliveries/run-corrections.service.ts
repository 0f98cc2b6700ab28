import type {
  CorrectableMonth,
  CorrectNoteBody,
  RunCorrection,
} from '@e-galleria/shared/run-corrections';
import type { Database, Transaction } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import { notFound } from '../../errors.ts';
import {
  countsAsDelivered,
  noteChanges,
  runKmChange,
  type CorrectionChange,
} from './correction-rules.ts';
import {
  createRunCorrectionsRepository,
  type CorrectionRow,
  type CorrectionViewRow,
} from './run-corrections.repository.ts';

/** Whose month a correction is in, who makes it and why. */
export type CorrectionContext = {
  carrierId: string;
  municipalityId: string;
  /** YYYY-MM, and its first and last day. */
  month: string;
  from: string;
  to: string;
  user: { id: string; name: string };
  reason: string;
};

/** How the history names the value of a field: km, 1/0 for delivered, öre. */
const shown = (change: CorrectionChange['field'], value: number | null) =>
  value === null ? null : change === 'km' ? value / 10 : value;

function toCorrection(row: CorrectionViewRow): RunCorrection {
  const isRun = row.run_id !== null;
  return {
    id: row.id,
    at: new Date(row.created_at).toISOString(),
    by: row.user_name,
    field: row.field,
    from: shown(row.field, row.from_value),
    to: shown(row.field, row.to_value),
    reason: row.reason,
    date: (isRun ? row.run_date : row.note_date) ?? '',
    subject: isRun
      ? `${row.route ?? ''} (${row.vehicle ?? ''})`
      : `${row.recipient_name ?? ''}, ${row.village ?? ''}`,
  };
}

/**
 * The deliveries module's door for correcting a carrier's recorded month (decision 0044). The
 * caller (the monthly report, which knows whether the month may still change) hands in its
 * transaction; this door checks that the run or note is the carrier's and of that month,
 * changes it, and keeps each change with its reason. A note's correction changes what the
 * monthly report counts, never the order's state.
 */
export function createRunCorrectionsService(deps: { database: Database; now: () => number }) {
  const corrections = createRunCorrectionsRepository(deps.database.knex);
  const { now } = deps;

  const historyRows = (
    context: CorrectionContext,
    target: { run_id: string } | { order_id: string },
    changes: CorrectionChange[],
    at: number,
  ): CorrectionRow[] =>
    changes.map((change) => ({
      id: newId(),
      carrier_id: context.carrierId,
      municipality_id: context.municipalityId,
      month: context.month,
      run_id: null,
      order_id: null,
      ...target,
      field: change.field,
      from_value: change.from,
      to_value: change.to,
      reason: context.reason,
      user_id: context.user.id,
      user_name: context.user.name,
      created_at: at,
    }));

  const inMonth = (row: { municipality_id: string; date: string }, context: CorrectionContext) =>
    row.municipality_id === context.municipalityId &&
    row.date >= context.from &&
    row.date <= context.to;

  return {
    async correctRun(
      trx: Transaction,
      context: CorrectionContext,
      runId: string,
      kmTenths: number,
    ): Promise<void> {
      const at = now();
      // Another carrier's run, or one of another month, is not this month's to correct.
      if ((await corrections.lockRun(context.carrierId, runId, at, trx)) !== 1)
        throw notFound('The run');
      const run = await corrections.findRun(runId, trx);
      if (!run || !inMonth(run, context)) throw notFound('The run');
      const change = runKmChange(run, kmTenths);
      await corrections.setRunKm(runId, kmTenths, at, trx);
      await corrections.insert(historyRows(context, { run_id: runId }, [change], at), trx);
    },

    async correctNote(
      trx: Transaction,
      context: CorrectionContext,
      orderId: string,
      body: CorrectNoteBody,
    ): Promise<void> {
      const at = now();
      if ((await corrections.lockNote(context.carrierId, orderId, at, trx)) !== 1)
        throw notFound('The delivery');
      const note = await corrections.findNote(orderId, trx);
      if (!note || !inMonth(note, context)) throw notFound('The delivery');
      const changes = noteChanges(note, body);
      const fields: Parameters<typeof corrections.updateNote>[1] = { updated_at: at };
      for (const change of changes) {
        if (change.field === 'delivered')
          fields.report_outcome = change.to === 1 ? 'delivered' : 'not_delivered';
        if (change.field === 'collected') fields.collected_ore = change.to;
      }
      await corrections.updateNote(orderId, fields, trx);
      await corrections.insert(historyRows(context, { order_id: orderId }, changes, at), trx);
    },

    /** A carrier's month's corrections, newest first. */
    async ofMonth(carrierId: string, month: string): Promise<RunCorrection[]> {
      return (await corrections.ofMonth(carrierId, month)).map(toCorrection);
    },

    /** The month's closed runs and driven notes, as the carrier may correct them. */
    async correctable(
      carrierId: string,
      municipalityId: string,
      from: string,
      to: string,
    ): Promise<CorrectableMonth> {
      const [runs, notes] = await Promise.all([
        corrections.closedRuns(carrierId, municipalityId, from, to),
        corrections.notesWithOutcome(carrierId, municipalityId, from, to),
      ]);
      return {
        runs: runs.map((run) => ({
          id: run.id,
          date: run.date,
          route: run.route,
          vehicle: run.vehicle,
          km: (run.km_tenths ?? 0) / 10,
        })),
        notes: notes.flatMap((note) =>
          note.outcome === null
            ? []
            : [
                {
                  orderId: note.order_id,
                  date: note.date,
                  householdName: note.recipient_name,
                  village: note.village,
                  recordedOutcome: note.outcome,
                  delivered: countsAsDelivered(note),
                  collectOre: note.collect_ore,
                  collectedOre: note.collected_ore,
                },
              ],
        ),
      };
    },
  };
}

export type RunCorrectionsService = ReturnType<typeof createRunCorrectionsService>;
