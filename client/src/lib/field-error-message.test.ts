import i18next from 'i18next';
import { describe, expect, test } from 'vitest';
import { fieldRuleCodes } from '@e-galleria/shared/field-rules';
import { en } from '../i18n/en.ts';
import { sv } from '../i18n/sv.ts';
import { translateFieldError } from './field-error-message.ts';
import { formatOre } from './money.ts';

async function translatorFor(language: 'sv' | 'en') {
  const instance = i18next.createInstance();
  await instance.init({
    resources: { sv: { translation: sv }, en: { translation: en } },
    lng: language,
    initAsync: false,
    contextSeparator: '^',
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

const say = async (field: string, code: string, language: 'sv' | 'en' = 'sv') =>
  translateFieldError(await translatorFor(language), { field, code, message: 'English.' });

describe('field errors say what is wrong', () => {
  test('a wrong control digit of an organisation number is named as such', async () => {
    expect(await say('orgNumber', 'org_number_check_digit')).toBe(
      'Organisationsnumret har fel kontrollsiffra. Kontrollera siffrorna.',
    );
  });

  test('a field with a pattern says what the pattern is, with an example', async () => {
    expect(await say('orgNumber', 'invalid_format')).toContain('556036-0793');
    expect(await say('vatNumber', 'invalid_format')).toContain('SE556036079301');
    expect(await say('postalCode', 'invalid_format')).toContain('930 90');
    // A household's address outside the home-delivery area says so, not "cannot be saved".
    expect(await say('address.postalCode', 'outside_zones')).toBe(
      'Kommunen kör inte hem varor till det postnumret. Orterna och postnumren står på kommunens sida om hemleverans.',
    );
    expect(await say('websiteUrl', 'invalid_format')).toContain('https://');
    expect(await say('sku', 'invalid_format')).toBe(
      'Bokstäver, siffror och . _ - / , högst 64 tecken.',
    );
    expect(await say('variants.2.sku', 'invalid_format', 'en')).toBe(
      'Letters, digits and . _ - / only, at most 64 characters.',
    );
  });

  test('the form’s own checks say what to write', async () => {
    expect(await say('variants.0.priceOre', 'not_a_price')).toBe(
      'Skriv ett pris i kronor, till exempel 12,50.',
    );
    expect(await say('stock', 'not_a_whole_number')).toBe(
      'Skriv ett heltal från 0 och uppåt, till exempel 3.',
    );
    expect(await say('title', 'required')).toBe('Fyll i fältet.');
    expect(await say('categoryId', 'required')).toBe('Välj ett av alternativen.');
    // 150 of a thing in a basket: how many may be asked for, not "cannot be saved".
    expect(await say('quantity', 'too_big')).toBe('Skriv ett antal från 1 till 99.');
  });

  // A walk chose a carrier that does not drive the zone that day and read "Det här går inte
  // att spara"; saved with none, "Texten är för kort".
  test('a carrier that cannot take the delivery, or none chosen, is said as such', async () => {
    expect(await say('carrierId', 'does_not_drive')).toContain(
      'Budet kör inte den här zonen den dagen.',
    );
    expect(await say('carrierId', 'not_shop_carrier')).toContain('inget avtal med det budet');
    expect(await say('carrierId', 'too_small')).toBe('Välj ett av alternativen.');
    expect(await say('slotStart', 'required')).toBe('Välj ett av alternativen.');
  });

  test('a checkout over what one order may come to says to order fewer goods', async () => {
    expect(await say('basket', 'too_big')).toBe(
      `En beställning får vara på högst ${formatOre(100_000_000)}. Beställ färre varor åt gången.`,
    );
    expect(await say('items', 'too_big', 'en')).toBe(
      `One order may come to at most ${formatOre(100_000_000)}. Order fewer goods at a time.`,
    );
  });

  test('every rule has its own text in Swedish and in English, never the catch-all', async () => {
    for (const language of ['sv', 'en'] as const) {
      const catchAll = await say('anything', 'something_unknown', language);
      for (const code of fieldRuleCodes) {
        const text = await say('anything', code, language);
        expect(text, code).not.toBe(catchAll);
      }
    }
  });
});
