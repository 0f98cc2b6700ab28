// What the mails' templates share: the rendered mail, and money, shares and days written as
// each language writes them.

import { swedishTimeZone } from '@e-galleria/shared/local-time';

/** A mail as it is sent: its subject and its plain text. */
export type RenderedMail = { subject: string; text: string };

/** The number and date formats of a mail's language. */
export type MailLocaleTag = 'sv-SE' | 'en-GB';

// Formatters are built once: building one costs far more than using it.
const moneyFormats = {
  'sv-SE': new Intl.NumberFormat('sv-SE', { style: 'currency', currency: 'SEK' }),
  'en-GB': new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'SEK' }),
};
/** A date format in each of a mail's languages. */
const dateFormatsOf = (options: Intl.DateTimeFormatOptions) => ({
  'sv-SE': new Intl.DateTimeFormat('sv-SE', options),
  'en-GB': new Intl.DateTimeFormat('en-GB', options),
});
const dayFormats = dateFormatsOf({
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  timeZone: 'UTC',
});
// A booked time, as the clock in Sweden shows it wherever the server runs.
const dayAndTimeFormats = dateFormatsOf({
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: swedishTimeZone,
});
const listFormats = {
  'sv-SE': new Intl.ListFormat('sv-SE', { type: 'conjunction' }),
  'en-GB': new Intl.ListFormat('en-GB', { type: 'conjunction' }),
};
export const money = (locale: MailLocaleTag, ore: number) => moneyFormats[locale].format(ore / 100);
export const percent = (basisPoints: number) => `${basisPoints / 100} %`;
export const day = (locale: MailLocaleTag, date: string) =>
  dayFormats[locale].format(new Date(`${date}T12:00:00Z`));
/** Booked instants (ISO) as days and times in Sweden: "tisdag 8 december kl. 09:00, …". */
export const daysAndTimes = (locale: MailLocaleTag, instants: readonly string[]) =>
  instants.map((instant) => dayAndTimeFormats[locale].format(new Date(instant))).join(', ');
/** Items as the language lists them: "a, b och c", "a, b and c". */
export const listOf = (locale: MailLocaleTag, items: readonly string[]) =>
  listFormats[locale].format(items);
