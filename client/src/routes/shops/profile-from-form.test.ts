import { describe, expect, it } from 'vitest';
import { exceptionField, profileFromForm, weeklyField } from './profile-from-form.ts';

function form(entries: [string, string][]) {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe('profileFromForm', () => {
  it('builds weekly intervals from the filled days and skips removed special days', () => {
    const parsed = profileFromForm(
      form([
        ['name', ' Fjällboden '],
        ['city', ''],
        ['categoryIds', 'cat-livsmedel'],
        [weeklyField(1, 'opens'), '09:00'],
        [weeklyField(1, 'closes'), '17:00'],
        ['exceptionCount', '2'],
        [exceptionField(1, 'date'), '2026-12-25'],
        [exceptionField(1, 'closed'), 'on'],
        [exceptionField(1, 'note'), 'Juldagen'],
      ]),
    );
    expect(parsed.failure).toBeNull();
    expect(parsed.body).toMatchObject({
      name: 'Fjällboden',
      city: null,
      categoryIds: ['cat-livsmedel'],
      openingHours: {
        weekly: [{ weekday: 1, opens: '09:00', closes: '17:00' }],
        exceptions: [{ date: '2026-12-25', closed: true, intervals: [], note: 'Juldagen' }],
      },
    });
    // Identity fields disabled in the form (a published shop) are left out, not cleared.
    expect(parsed.body).not.toHaveProperty('orgNumber');
  });

  it('names a day that closes before it opens and a half-filled day', () => {
    const parsed = profileFromForm(
      form([
        ['name', 'Fjällboden'],
        [weeklyField(2, 'opens'), '18:00'],
        [weeklyField(2, 'closes'), '09:00'],
        [weeklyField(3, 'opens'), '09:00'],
      ]),
    );
    expect(parsed.failure?.fieldErrors).toEqual([
      expect.objectContaining({ field: weeklyField(2, 'closes'), code: 'closes_before_opens' }),
      expect.objectContaining({ field: weeklyField(3, 'closes'), code: 'required' }),
    ]);
  });
});
