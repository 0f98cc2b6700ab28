import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors.ts';
import {
  countsAsDelivered,
  noteChanges,
  runKmChange,
  type CorrectedNote,
} from './correction-rules.ts';

const note = (fields: Partial<CorrectedNote> = {}): CorrectedNote => ({
  outcome: 'delivered',
  report_outcome: null,
  collect_ore: 1990,
  collected_ore: 1990,
  ...fields,
});

function codeOf(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    if (error instanceof AppError) return error.fieldErrors?.[0]?.code ?? error.code;
    throw error;
  }
  return 'none';
}

describe('correction rules', () => {
  it('counts a note as the correction says, else as the door recorded it', () => {
    expect(countsAsDelivered(note())).toBe(true);
    expect(countsAsDelivered(note({ outcome: 'not_home' }))).toBe(false);
    expect(countsAsDelivered(note({ outcome: 'refused', report_outcome: 'delivered' }))).toBe(true);
    expect(countsAsDelivered(note({ report_outcome: 'not_delivered' }))).toBe(false);
  });

  it('changes a closed run’s kilometres, never an open run’s, and never to the same', () => {
    expect(runKmChange({ km_tenths: 843, closed_at: 1 }, 483)).toEqual({
      field: 'km',
      from: 843,
      to: 483,
    });
    expect(codeOf(() => runKmChange({ km_tenths: null, closed_at: null }, 10))).toBe(
      'status_conflict',
    );
    expect(codeOf(() => runKmChange({ km_tenths: 843, closed_at: 1 }, 843))).toBe('unchanged');
  });

  it('lists each field a note’s correction changes, from what the report counts now', () => {
    expect(noteChanges(note(), { delivered: false, collectedOre: 0, reason: 'x' })).toEqual([
      { field: 'delivered', from: 1, to: 0 },
      { field: 'collected', from: 1990, to: 0 },
    ]);
    expect(
      noteChanges(note({ outcome: 'not_home', collected_ore: null }), {
        delivered: true,
        reason: 'x',
      }),
    ).toEqual([{ field: 'delivered', from: 0, to: 1 }]);
    // Only the field that moves is kept.
    expect(noteChanges(note(), { delivered: true, collectedOre: 2000, reason: 'x' })).toEqual([
      { field: 'collected', from: 1990, to: 2000 },
    ]);
  });

  it('refuses a note not driven, an empty correction, cash on a prepaid note and no change', () => {
    expect(
      codeOf(() => noteChanges(note({ outcome: null }), { delivered: true, reason: 'x' })),
    ).toBe('status_conflict');
    expect(codeOf(() => noteChanges(note(), { reason: 'x' }))).toBe('required');
    expect(
      codeOf(() =>
        noteChanges(note({ collect_ore: 0, collected_ore: null }), {
          collectedOre: 5,
          reason: 'x',
        }),
      ),
    ).toBe('nothing_to_collect');
    expect(codeOf(() => noteChanges(note(), { delivered: true, reason: 'x' }))).toBe('unchanged');
  });
});
