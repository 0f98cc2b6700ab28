import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en.ts';
import { sv } from '../i18n/sv.ts';
import { ComparisonPrice, UnitPrice } from './unit-price.tsx';

const i18n = i18next.createInstance();
await i18n.use(initReactI18next).init({
  resources: { sv: { translation: sv }, en: { translation: en } },
  lng: 'sv',
  initAsync: false,
  interpolation: { escapeValue: false },
});

function text(element: React.ReactElement, language = 'sv') {
  void i18n.changeLanguage(language);
  return renderToStaticMarkup(<I18nextProvider i18n={i18n}>{element}</I18nextProvider>)
    .replace(/<[^>]+>/g, '')
    .replace(/\u00a0/g, ' ');
}

describe('UnitPrice', () => {
  it('follows the product’s unit in both languages, never “styck”', () => {
    expect(text(<UnitPrice priceOre={1790} unit="litre" kind="good" />)).toBe('17,90 kr/l');
    expect(text(<UnitPrice priceOre={6000} unit="pack" kind="good" />)).toBe('60,00 kr/förp.');
    expect(text(<UnitPrice priceOre={42900} unit="kg" kind="good" />)).toBe('429,00 kr/kg');
    expect(text(<UnitPrice priceOre={34900} unit="piece" kind="good" />)).toBe('349,00 kr/st');
    expect(text(<UnitPrice priceOre={1790} unit="litre" kind="good" />, 'en')).toBe('17,90 kr/l');
  });

  it('says “från” for the lowest of several variants, and gives a service its price alone', () => {
    expect(text(<UnitPrice priceOre={6490} unit="pack" kind="good" isFrom />)).toBe(
      'från 64,90 kr/förp.',
    );
    expect(text(<UnitPrice priceOre={49500} unit="piece" kind="service" />)).toBe('495,00 kr');
  });
});

describe('ComparisonPrice', () => {
  it('names the price per kilo or litre in short units', () => {
    expect(text(<ComparisonPrice priceOre={1790} unit="litre" />)).toBe('Jämförpris 17,90 kr/l');
  });
});
