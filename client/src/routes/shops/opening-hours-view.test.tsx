import { describe, expect, it } from 'vitest';
import type { OpeningHours } from '@e-galleria/shared/shops';
import { renderToHtml } from '../../i18n/render-for-test.tsx';
import { OpeningHoursView } from './opening-hours-view.tsx';

const hours: OpeningHours = {
  weekly: [{ weekday: 1, opens: '09:00', closes: '18:00' }],
  exceptions: [{ date: '2026-12-24', closed: true, intervals: [], note: 'Julafton' }],
};

function shownAt(isoInstant: string) {
  return renderToHtml(
    <OpeningHoursView hours={hours} headingId="hours" now={Date.parse(isoInstant)} />,
  );
}

describe('OpeningHoursView', () => {
  it('shows a special day until it has passed in Sweden, not by the UTC date', () => {
    expect(shownAt('2026-12-24T22:30:00Z')).toContain('Julafton');
    // 00:30 on Christmas Day in Arjeplog, still the 24th in UTC: Christmas Eve has passed.
    expect(shownAt('2026-12-24T23:30:00Z')).not.toContain('Julafton');
  });
});
