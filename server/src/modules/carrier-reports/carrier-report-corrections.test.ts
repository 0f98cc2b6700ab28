import { describe, expect, it } from 'vitest';
import { isOpenForCorrection } from './carrier-report-corrections.service.ts';

describe('which months may be corrected', () => {
  it('opens a month not yet submitted, or returned, and keeps a submitted or approved one still', () => {
    expect(isOpenForCorrection(null)).toBe(true);
    expect(isOpenForCorrection('returned')).toBe(true);
    expect(isOpenForCorrection('submitted')).toBe(false);
    expect(isOpenForCorrection('approved')).toBe(false);
  });
});
