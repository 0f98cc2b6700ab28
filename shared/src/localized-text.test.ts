import { describe, expect, it } from 'vitest';
import { pickLocalizedText } from './localized-text.ts';

describe('pickLocalizedText', () => {
  it('shows the text in the asked language', () => {
    expect(pickLocalizedText({ sv: 'Hej', en: 'Hello' }, 'en')).toEqual({
      text: 'Hello',
      lang: 'en',
    });
  });

  it('falls back to Swedish, saying so, when a translation is missing or empty', () => {
    expect(pickLocalizedText({ sv: 'Hej' }, 'en')).toEqual({ text: 'Hej', lang: 'sv' });
    expect(pickLocalizedText({ sv: 'Hej', en: '' }, 'en')).toEqual({ text: 'Hej', lang: 'sv' });
  });
});
