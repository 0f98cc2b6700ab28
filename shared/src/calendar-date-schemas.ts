import { z } from 'zod';

// Dates, instants and months people send us, checked once here (the date arithmetic in
// calendar-dates.ts, local-time.ts and statistics-periods.ts is zod-free and trusts them).
// Every one is within the years this product can mean: a shop's slot, a report month or a
// rule's first day in year 0000 or 9999 is a typo, and beyond four-digit years the arithmetic
// on ISO strings breaks. Each fails as zod's `invalid_format` (or `too_small`/`too_big` for a
// timestamp) with a message that names the range, so a request gets a 400, never a 500.

/** The first and the last year a date may be in. */
export const firstCalendarYear = 2000;
export const lastCalendarYear = 2199;

/** A year within the range: 20xx or 21xx, four digits. */
const yearPattern = '(?:20|21)\\d\\d';
const startsInRange = new RegExp(`^${yearPattern}-`);

const dateMessage = `A date as YYYY-MM-DD from ${firstCalendarYear}-01-01 to ${lastCalendarYear}-12-31.`;
const instantMessage = `An ISO date and time with an offset, from ${firstCalendarYear} to ${lastCalendarYear}.`;
const monthMessage = `A month as YYYY-MM from ${firstCalendarYear}-01 to ${lastCalendarYear}-12.`;

/** A real calendar date, YYYY-MM-DD (not 2026-02-30), in the years above. */
export const calendarDateSchema = z.iso
  .date({ error: dateMessage, abort: true })
  .regex(startsInRange, dateMessage);

/** An ISO instant with its offset (`2026-12-07T10:00:00+01:00`, `…Z`), its date in the years above. */
export const calendarInstantSchema = z.iso
  .datetime({ offset: true, error: instantMessage, abort: true })
  .regex(startsInRange, instantMessage);

/** A month, YYYY-MM, in the years above. */
export const calendarMonthSchema = z
  .string()
  .regex(new RegExp(`^${yearPattern}-(?:0[1-9]|1[0-2])$`), monthMessage);

/** The first and the last millisecond of the years above, as epoch milliseconds. */
export const firstEpochMs = Date.UTC(firstCalendarYear, 0, 1);
export const lastEpochMs = Date.UTC(lastCalendarYear + 1, 0, 1) - 1;

/** An instant as epoch milliseconds (what a phone's `Date.now()` gives), in the years above. */
export const epochMsSchema = z
  .number()
  .int()
  .min(firstEpochMs, `An instant in epoch milliseconds from ${firstCalendarYear} on.`)
  .max(lastEpochMs, `An instant in epoch milliseconds up to the end of ${lastCalendarYear}.`);
