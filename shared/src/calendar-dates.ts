// No zod here: the operator's phone steps through the counter's days offline too.

// Pickup dates, last days and "today" are Swedish calendar days wherever the reader is; the
// formatter is built once (building one costs far more than formatting: it was a third of a
// cached listing).
const swedishDateFormat = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The Swedish calendar day (YYYY-MM-DD) of an instant. */
export function swedishDateOf(epochMs: number): string {
  return swedishDateFormat.format(epochMs);
}

/** A calendar date (YYYY-MM-DD) `days` later (noon UTC keeps clear of any daylight-saving edge). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Every calendar date from `from` to `until`, both included; none when `until` comes first. */
export function datesBetween(from: string, until: string): string[] {
  const dates: string[] = [];
  for (let date = from; date <= until; date = addDays(date, 1)) dates.push(date);
  return dates;
}
