import { describe, expect, it } from 'vitest';
import { isSamePhone, telHref } from './phone-link.ts';

describe('a phone number as a link', () => {
  it('dials only the digits and a leading plus', () => {
    expect(telHref('070-174 06 10')).toBe('tel:0701740610');
    expect(telHref('+46 (0)70 174 06 10')).toBe('tel:+460701740610');
  });

  it('knows a number written two ways is one number', () => {
    expect(isSamePhone('070-174 06 10', '0701740610')).toBe(true);
    expect(isSamePhone('070-174 06 10', '070-174 06 11')).toBe(false);
  });
});
