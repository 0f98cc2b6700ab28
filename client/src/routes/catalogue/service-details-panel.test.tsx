import { describe, expect, it } from 'vitest';
import { renderToHtml } from '../../i18n/render-for-test.tsx';
import { ServiceDetailsPanel } from './service-details-panel.tsx';

const service = {
  durationMinutes: 45,
  bookingMode: 'slots' as const,
  slotCapacity: 1,
  location: 'in_shop' as const,
  availability: { weekly: [], exceptions: [] },
};
const slot = (startsAt: string, available: number) => ({
  startsAt,
  endsAt: startsAt,
  capacity: 1,
  available,
});

describe('the next free times of a service', () => {
  it('lists only times with a place left', () => {
    const html = renderToHtml(
      <ServiceDetailsPanel
        service={service}
        slots={[slot('2027-03-02T08:00:00.000Z', 0), slot('2027-03-02T08:45:00.000Z', 1)]}
      />,
    );
    expect(html).not.toContain('2027-03-02T08:00:00.000Z');
    expect(html).toContain('2027-03-02T08:45:00.000Z');
    expect(html).not.toContain('0 platser kvar');
  });

  it('says there is no free time when every time is full', () => {
    const html = renderToHtml(
      <ServiceDetailsPanel service={service} slots={[slot('2027-03-02T08:00:00.000Z', 0)]} />,
    );
    expect(html).not.toContain('<time');
  });
});
