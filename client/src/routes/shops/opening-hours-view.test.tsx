import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { OpeningHours } from '@e-galleria/shared/shops';
import { en } from '../../i18n/en.ts';
import { sv } from '../../i18n/sv.ts';
import { OpeningHoursView } from './opening-hours-view.tsx';

const i18n = i18next.createInstance();
await i18n.use(initReactI18next).init({
  resources: { sv: { translation: sv }, en: { translation: en } },
  lng: 'sv',
  initAsync: false,
  interpolation: { escapeValue: false },
});

const hours: OpeningHours = {
  weekly: [{ weekday: 1, opens: '09:00', closes: '18:00' }],
  exceptions: [{ date: '2026-12-24', closed: true, intervals: [], note: 'Julafton' }],
};

function shownAt(isoInstant: string) {
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <OpeningHoursView hours={hours} headingId="hours" now={Date.parse(isoInstant)} />
    </I18nextProvider>,
  );
}

describe('OpeningHoursView', () => {
  it('shows a special day until it has passed in Sweden, not by the UTC date', () => {
    expect(shownAt('2026-12-24T22:30:00Z')).toContain('Julafton');
    // 00:30 on Christmas Day in Arjeplog, still the 24th in UTC: Christmas Eve has passed.
    expect(shownAt('2026-12-24T23:30:00Z')).not.toContain('Julafton');
  });
});
