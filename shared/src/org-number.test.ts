import { describe, expect, it } from 'vitest';
import { isValidOrgNumber, isVatNumberConsistent, vatNumberFor } from './org-number.ts';

describe('organisation numbers', () => {
  it('accepts numbers whose last digit is the Luhn control digit', () => {
    expect(isValidOrgNumber('556036-0793')).toBe(true);
    expect(isValidOrgNumber('212000-2726')).toBe(true);
    expect(isValidOrgNumber('556677-8890')).toBe(false);
  });

  it('rejects a number with a wrong control digit', () => {
    expect(isValidOrgNumber('556036-0794')).toBe(false);
  });

  it('rejects numbers without the hyphen or with other characters', () => {
    expect(isValidOrgNumber('5560360793')).toBe(false);
    expect(isValidOrgNumber('55603-60793')).toBe(false);
    expect(isValidOrgNumber('556036-079a')).toBe(false);
  });

  it('derives the VAT number as SE, the ten digits and 01', () => {
    expect(vatNumberFor('556036-0793')).toBe('SE556036079301');
    expect(isVatNumberConsistent('SE556036079301', '556036-0793')).toBe(true);
    expect(isVatNumberConsistent('SE212000272601', '556036-0793')).toBe(false);
  });
});
