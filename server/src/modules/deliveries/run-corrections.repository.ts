import type { Knex } from 'knex';
import type { CorrectionField } from '@e-galleria/shared/run-corrections';
import type { ReportOutcome } from './correction-rules.ts';

/** One change of a run or a note, as the history keeps it. */
export type CorrectionRow = {
  id: string;
  carrier_id: string;
  municipality_id: string;
  month: string;
  run_id: string | null;
  order_id: string | null;
  field: CorrectionField;
  from_value: number | null;
  to_value: number | null;
  reason: string;
  user_id: string | null;
  user_name: string;
  created_at: number;
};

/** A history row with the day and the name of the run or note it changed. */
export type CorrectionViewRow = CorrectionRow & {
  run_date: string | null;
  route: string | null;
  vehicle: string | null;
  note_date: string | null;
  recipient_name: string | null;
  village: string | null;
};

export type CorrectedRunRow = {
  id: string;
  carrier_id: string;
  municipality_id: string;
  date: string;
  route: string;
  vehicle: string;
  km_tenths: number | null;
  closed_at: number | null;
};

export type CorrectedNoteRow = {
  order_id: string;
  carrier_id: string | null;
  municipality_id: string;
  date: string;
  recipient_name: string;
  village: string;
  outcome: 'delivered' | 'not_home' | 'refused' | null;
  report_outcome: ReportOutcome | null;
  collect_ore: number;
  collected_ore: number | null;
};

const nullableNumber = (value: unknown) => (value === null ? null : Number(value));

/** PostgreSQL answers bigints as strings. */
const readCorrection = (row: Record<string, unknown>): CorrectionViewRow => ({
  ...(row as CorrectionViewRow),
  from_value: nullableNumber(row.from_value),
  to_value: nullableNumber(row.to_value),
  created_at: Number(row.created_at),
});

/**
 * Corrections of a carrier's recorded runs and notes (decision 0044). Each change first writes
 * the row it changes, so on PostgreSQL a second correction of the same run waits for the first
 * to commit and reads its result (on SQLite the one writer queues them).
 */
export function createRunCorrectionsRepository(knex: Knex) {
  const noteColumns = [
    'order_id',
    'carrier_id',
    'municipality_id',
    'date',
    'recipient_name',
    'village',
    'outcome',
    'report_outcome',
    'collect_ore',
    'collected_ore',
  ];
  return {
    /** Holds the carrier's run until commit; 0 when it is not the carrier's. */
    lockRun: (carrierId: string, runId: string, at: number, db: Knex) =>
      db('delivery_runs').where({ id: runId, carrier_id: carrierId }).update({ updated_at: at }),

    findRun: (runId: string, db: Knex) =>
      db<CorrectedRunRow>('delivery_runs')
        .where({ id: runId })
        .first(
          'id',
          'carrier_id',
          'municipality_id',
          'date',
          'route',
          'vehicle',
          'km_tenths',
          'closed_at',
        ),

    setRunKm: (runId: string, kmTenths: number, at: number, db: Knex) =>
      db('delivery_runs').where({ id: runId }).update({ km_tenths: kmTenths, updated_at: at }),

    /** Holds the carrier's note until commit; 0 when it is not the carrier's. */
    lockNote: (carrierId: string, orderId: string, at: number, db: Knex) =>
      db('delivery_notes')
        .where({ order_id: orderId, carrier_id: carrierId })
        .update({ updated_at: at }),

    findNote: async (orderId: string, db: Knex) => {
      return db('delivery_notes')
        .where({ order_id: orderId })
        .first<CorrectedNoteRow | undefined>(noteColumns);
    },

    updateNote: (
      orderId: string,
      fields: { report_outcome?: ReportOutcome; collected_ore?: number; updated_at: number },
      db: Knex,
    ) => db('delivery_notes').where({ order_id: orderId }).update(fields),

    insert: (rows: CorrectionRow[], db: Knex) => db('delivery_corrections').insert(rows),

    /** A carrier's month's history, newest first. */
    ofMonth: async (carrierId: string, month: string, db: Knex = knex) => {
      const rows = await db('delivery_corrections as c')
        .leftJoin('delivery_runs as r', 'r.id', 'c.run_id')
        .leftJoin('delivery_notes as n', 'n.order_id', 'c.order_id')
        .where({ 'c.carrier_id': carrierId, 'c.month': month })
        .orderBy([
          { column: 'c.created_at', order: 'desc' },
          { column: 'c.id', order: 'desc' },
        ])
        .select<Record<string, unknown>[]>(
          'c.*',
          'r.date as run_date',
          'r.route',
          'r.vehicle',
          'n.date as note_date',
          'n.recipient_name',
          'n.village',
        );
      return rows.map(readCorrection);
    },

    closedRuns: async (carrierId: string, municipalityId: string, from: string, to: string) =>
      knex<CorrectedRunRow>('delivery_runs')
        .where({ carrier_id: carrierId, municipality_id: municipalityId })
        .whereNotNull('closed_at')
        .whereBetween('date', [from, to])
        .orderBy([{ column: 'date' }, { column: 'started_at' }, { column: 'id' }])
        .select(
          'id',
          'carrier_id',
          'municipality_id',
          'date',
          'route',
          'vehicle',
          'km_tenths',
          'closed_at',
        ),

    notesWithOutcome: async (
      carrierId: string,
      municipalityId: string,
      from: string,
      to: string,
    ) => {
      return knex('delivery_notes')
        .where({ carrier_id: carrierId, municipality_id: municipalityId })
        .whereNotNull('outcome')
        .whereBetween('date', [from, to])
        .orderBy([{ column: 'date' }, { column: 'recipient_name' }, { column: 'order_id' }])
        .limit(2000)
        .select<CorrectedNoteRow[]>(noteColumns);
    },
  };
}

export type RunCorrectionsRepository = ReturnType<typeof createRunCorrectionsRepository>;
