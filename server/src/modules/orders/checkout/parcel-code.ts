import { randomInt } from 'node:crypto';

// No 0/O, 1/I/L: read off a label and typed on a phone without mistakes.
const parcelAlphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** Eight characters on a parcel's label: about 8.5 × 10^11 codes, unique by the database. */
export function newParcelCode(): string {
  return Array.from({ length: 8 }, () =>
    parcelAlphabet.charAt(randomInt(0, parcelAlphabet.length)),
  ).join('');
}
