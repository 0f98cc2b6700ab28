import type { CorrectNoteBody, CorrectionField } from '@e-galleria/shared/run-corrections';
import { AppError } from '../../errors.ts';
import { fieldError } from './deliveries-context.ts';

/** One field a correction changes: kilometres in tenths, 1/0 for delivered, or öre. */
export type CorrectionChange = { field: CorrectionField; from: number | null; to: number };

/** What the monthly report counts a note as: a correction's word, else the door's. */
export type ReportOutcome = 'delivered' | 'not_delivered';

/** A note as a correction reads it. */
export type CorrectedNote = {
  outcome: 'delivered' | 'not_home' | 'refused' | null;
  report_outcome: ReportOutcome | null;
  collect_ore: number;
  collected_ore: number | null;
};

export const countsAsDelivered = (note: Pick<CorrectedNote, 'outcome' | 'report_outcome'>) =>
  (note.report_outcome ?? (note.outcome === 'delivered' ? 'delivered' : 'not_delivered')) ===
  'delivered';

/**
 * A closed run's kilometres, changed: an open run has none to correct (its driver closes it),
 * and a correction that changes nothing is refused, so the history holds only real changes.
 */
export function runKmChange(
  run: { km_tenths: number | null; closed_at: number | null },
  kmTenths: number,
): CorrectionChange {
  if (run.closed_at === null || run.km_tenths === null)
    throw new AppError('status_conflict', 'The run is still open: close it with its kilometres.');
  if (run.km_tenths === kmTenths)
    throw fieldError('km', 'unchanged', 'The run already has these kilometres.');
  return { field: 'km', from: run.km_tenths, to: kmTenths };
}

/**
 * What a note's correction changes: whether the report counts it as delivered, and what was
 * collected at the door (only on a note paid on delivery). A note without an outcome has not
 * been driven yet; nothing is corrected on it.
 */
export function noteChanges(note: CorrectedNote, body: CorrectNoteBody): CorrectionChange[] {
  if (note.outcome === null)
    throw new AppError('status_conflict', 'The delivery has no outcome yet: nothing to correct.');
  if (body.delivered === undefined && body.collectedOre === undefined)
    throw fieldError('delivered', 'required', 'Say what the delivery should count as.');
  if (body.collectedOre !== undefined && note.collect_ore === 0)
    throw fieldError('collectedOre', 'nothing_to_collect', 'Nothing is collected on this note.');
  const changes: CorrectionChange[] = [];
  const delivered = countsAsDelivered(note);
  if (body.delivered !== undefined && body.delivered !== delivered)
    changes.push({ field: 'delivered', from: delivered ? 1 : 0, to: body.delivered ? 1 : 0 });
  if (body.collectedOre !== undefined && body.collectedOre !== note.collected_ore)
    changes.push({ field: 'collected', from: note.collected_ore, to: body.collectedOre });
  if (changes.length === 0)
    throw fieldError(
      body.delivered === undefined ? 'collectedOre' : 'delivered',
      'unchanged',
      'The delivery is already recorded so.',
    );
  return changes;
}
