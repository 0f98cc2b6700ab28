// What the mails' templates share: the rendered mail, and money, shares and days written as
// each language writes them.

import { swedishTimeZone } from '@e-galleria/shared/local-time';
import { intlLocaleTags, type IntlLocaleTag } from '@e-galleria/shared/intl-locale-tags';

/** A mail as it is sent: its subject and its plain text. */
export type RenderedMail = { subject: string; text: string };

/** The number and date formats of a mail's language. */
export type MailLocaleTag = IntlLocaleTag;

/** One formatter per mail language, built once: building one costs far more than using it. */
function perLanguage<Formatter>(build: (tag: MailLocaleTag) => Formatter) {
  return Object.fromEntries(
    Object.values(intlLocaleTags).map((tag) => [tag, build(tag)]),
  ) as Record<MailLocaleTag, Formatter>;
}

// Finnish in Sweden writes kronor as the galleria's pages do, "123,50 kr": Intl's Finnish
// would write "123,50 SEK", which no shop's price tag says. Finnish and Swedish write the
// number itself alike.
const moneyFormats = perLanguage(
  (tag) =>
    new Intl.NumberFormat(tag === 'fi-FI' ? 'sv-SE' : tag, { style: 'currency', currency: 'SEK' }),
);
/** A date format in each of a mail's languages. */
const dateFormatsOf = (options: Intl.DateTimeFormatOptions) =>
  perLanguage((tag) => new Intl.DateTimeFormat(tag, options));
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
const listFormats = perLanguage((tag) => new Intl.ListFormat(tag, { type: 'conjunction' }));
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
