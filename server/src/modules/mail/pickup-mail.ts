import { intlLocaleTags } from '@e-galleria/shared/intl-locale-tags';
import type { Locale } from '@e-galleria/shared/locales';
import { formatIntervals } from '@e-galleria/shared/opening-hours';
import { day, type RenderedMail } from './mail-format.ts';

/** A handover waiting at a service point: where, until when, and the code to show. */
export type PickupNotice = {
  name: string;
  place: string;
  /** YYYY-MM-DD */
  lastDay: string;
  code: string;
  link: string;
};

/** A place's weekly opening intervals (ISO weekday, Monday 1). */
export type WeeklyHours = readonly { weekday: number; opens: string; closes: string }[];

/**
 * The weekdays, Monday first, as each language writes them ("måndag", "Monday", "maanantai"):
 * from Intl, as `day` of mail-format.ts writes them in dates, so no language needs a table.
 */
const weekdayNames = Object.fromEntries(
  Object.entries(intlLocaleTags).map(([locale, tag]) => {
    const weekday = new Intl.DateTimeFormat(tag, { weekday: 'long', timeZone: 'UTC' });
    // 1 January 2024 was a Monday.
    const names = Array.from({ length: 7 }, (_, index) =>
      weekday.format(Date.UTC(2024, 0, 1 + index)),
    );
    return [locale, names];
  }),
) as Record<Locale, string[]>;
/** One line per open weekday: "tisdag 10:00–17:00, 18:00–20:00". */
export const hoursText = (locale: Locale, hours: WeeklyHours, closedAllWeek: string) => {
  const lines = weekdayNames[locale].flatMap((name, index) => {
    const intervals = hours.filter((interval) => interval.weekday === index + 1);
    if (intervals.length === 0) return [];
    return [`  ${name} ${formatIntervals(intervals, locale)}`];
  });
  return lines.length > 0 ? lines.join('\n') : `  ${closedAllWeek}`;
};

export const pickupReadyTemplates: Record<
  Locale,
  (params: PickupNotice & { address: string; hours: WeeklyHours }) => RenderedMail
> = {
  sv: ({ name, place, address, hours, lastDay, code, link }) => ({
    subject: `Dina varor finns att hämta på ${place}`,
    text: `Hej ${name}!\n\nDina varor har kommit fram till ${place} och väntar på dig. Varor som en annan butik skickar hit en annan dag får du ett eget besked om.\n\nDin hämtkod: ${code}\nVisa koden (eller QR-koden på din beställningssida) vid disken.\n\nHämta senast ${day('sv-SE', lastDay)}.\n\n${place}\n${address}\nÖppettider:\n${hoursText('sv', hours, 'Se servicepunktens sida')}\n\nDin beställning:\n${link}\n`,
  }),
  en: ({ name, place, address, hours, lastDay, code, link }) => ({
    subject: `Your goods are ready to collect at ${place}`,
    text: `Hello ${name},\n\nYour goods have arrived at ${place} and are waiting for you. Goods another shop sends here on another day get a notice of their own.\n\nYour pickup code: ${code}\nShow the code (or the QR code on your order page) at the counter.\n\nCollect by ${day('en-GB', lastDay)}.\n\n${place}\n${address}\nOpening hours:\n${hoursText('en', hours, 'See the service point’s page')}\n\nYour order:\n${link}\n`,
  }),
  fi: ({ name, place, address, hours, lastDay, code, link }) => ({
    subject: `Tuotteesi ovat noudettavissa palvelupisteessä ${place}`,
    text: `Hei ${name}!\n\nTuotteesi ovat saapuneet palvelupisteeseen ${place} ja odottavat sinua. Jos jokin toinen kauppa lähettää tuotteita tänne toisena päivänä, saat niistä oman ilmoituksen.\n\nNoutokoodisi: ${code}\nNäytä koodi (tai tilaussivusi QR-koodi) palvelutiskillä.\n\nViimeinen noutopäivä on ${day('fi-FI', lastDay)}.\n\n${place}\n${address}\nAukioloajat:\n${hoursText('fi', hours, 'Katso palvelupisteen sivu')}\n\nTilauksesi:\n${link}\n`,
  }),
};

export const pickupReminderTemplates: Record<Locale, (params: PickupNotice) => RenderedMail> = {
  sv: ({ name, place, lastDay, code, link }) => ({
    subject: `Påminnelse: hämta dina varor på ${place}`,
    text: `Hej ${name}!\n\nDina varor väntar fortfarande på ${place}. Sista dagen att hämta är ${day('sv-SE', lastDay)}; sedan skickas de tillbaka till butiken.\n\nDin hämtkod: ${code}\n\nDin beställning:\n${link}\n`,
  }),
  en: ({ name, place, lastDay, code, link }) => ({
    subject: `Reminder: collect your goods at ${place}`,
    text: `Hello ${name},\n\nYour goods are still waiting at ${place}. The last day to collect them is ${day('en-GB', lastDay)}; after that they go back to the shop.\n\nYour pickup code: ${code}\n\nYour order:\n${link}\n`,
  }),
  fi: ({ name, place, lastDay, code, link }) => ({
    subject: `Muistutus: nouda tuotteesi palvelupisteestä ${place}`,
    text: `Hei ${name}!\n\nTuotteesi odottavat yhä palvelupisteessä ${place}. Viimeinen noutopäivä on ${day('fi-FI', lastDay)}; sen jälkeen ne palautetaan kauppaan.\n\nNoutokoodisi: ${code}\n\nTilauksesi:\n${link}\n`,
  }),
};
