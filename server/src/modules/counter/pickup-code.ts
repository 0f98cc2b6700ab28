import { randomInt } from 'node:crypto';

/** Six digits: easy to read aloud at a counter; wrong guesses are rate limited at handover. */
export function newPickupCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}
