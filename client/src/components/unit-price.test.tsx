import { describe, expect, it } from 'vitest';
import type { Locale } from '@e-galleria/shared/locales';
import { renderToHtml } from '../i18n/render-for-test.tsx';
import { ComparisonPrice, UnitPrice } from './unit-price.tsx';

function text(element: React.ReactElement, language: Locale = 'sv') {
  return renderToHtml(element, language)
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
