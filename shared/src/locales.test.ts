import { describe, expect, it } from 'vitest';
import { pickLocalized } from './locales.ts';

describe('pickLocalized', () => {
  it('shows the text in the asked language', () => {
    expect(pickLocalized({ sv: 'Hej', en: 'Hello' }, 'en')).toBe('Hello');
  });

  it('falls back to Swedish when a translation is missing or empty', () => {
    expect(pickLocalized({ sv: 'Hej' }, 'en')).toBe('Hej');
    expect(pickLocalized({ sv: 'Hej', en: '' }, 'en')).toBe('Hej');
  });
});
