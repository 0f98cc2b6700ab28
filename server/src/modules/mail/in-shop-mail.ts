import type { Locale } from '@e-galleria/shared/locales';
import { daysAndTimes, type RenderedMail } from './mail-format.ts';
import { hoursText, type WeeklyHours } from './pickup-mail.ts';

/** Where the shop is and when it is open: what a resident needs to come to it. */
type ShopVisit = {
  name: string;
  shop: string;
  /** Street, postal code and town; null when the shop has not given its address. */
  address: string | null;
  hours: WeeklyHours;
  link: string;
};

/**
 * Goods to collect in the shop are ready (DESIGN §4: "ready for pickup" notifies the resident
 * with place and opening hours), as the service point's ready mail does for a parcel. There is
 * no code: only a service point's handover has one, and the shop knows its customer.
 */
export type ShopPickupReady = ShopVisit & { payAtPickup: boolean };

/** The shop has confirmed a booking: the times, where, and when it is paid (decision 0067). */
export type BookingConfirmed = Omit<ShopVisit, 'hours'> & {
  /** ISO instants, earliest first. */
  times: string[];
  payAtService: boolean;
};

/**
 * Nobody came at the booked time (decision 0074): not the shop's cancellation, and nothing to
 * pay for it. A new time is booked on the shop's page, or by calling the shop.
 */
export type BookingMissed = {
  name: string;
  shop: string;
  /** ISO instants, earliest first. */
  times: string[];
  /** Paid by card: the payment is refunded, as for any booking that was not done. */
  isRefunded: boolean;
  shopPhone: string | null;
  /** The shop's page in the galleria, with its times. */
  shopLink: string;
  link: string;
};

const placeLines = ({ shop, address }: { shop: string; address: string | null }) =>
  address ? `${shop}\n${address}` : shop;

export const shopPickupReadyTemplates: Record<Locale, (params: ShopPickupReady) => RenderedMail> = {
  sv: ({ name, shop, address, hours, payAtPickup, link }) => ({
    subject: `Din beställning från ${shop} är klar att hämta`,
    text: `Hej ${name}!\n\nDin beställning från ${shop} är packad och väntar på dig i butiken.${
      payAtPickup ? ' Du betalar när du hämtar.' : ''
    }\n\n${placeLines({ shop, address })}\nÖppettider:\n${hoursText('sv', hours, 'Se butikens sida')}\n\nDin beställning:\n${link}\n`,
  }),
  en: ({ name, shop, address, hours, payAtPickup, link }) => ({
    subject: `Your order from ${shop} is ready to collect`,
    text: `Hello ${name},\n\nYour order from ${shop} is packed and waiting for you in the shop.${
      payAtPickup ? ' You pay when you collect.' : ''
    }\n\n${placeLines({ shop, address })}\nOpening hours:\n${hoursText('en', hours, 'See the shop’s page')}\n\nYour order:\n${link}\n`,
  }),
  fi: ({ name, shop, address, hours, payAtPickup, link }) => ({
    subject: `Tilauksesi kaupasta ${shop} on noudettavissa`,
    text: `Hei ${name}!\n\nTilauksesi kaupasta ${shop} on pakattu ja odottaa sinua kaupassa.${
      payAtPickup ? ' Maksat noutaessasi.' : ''
    }\n\n${placeLines({ shop, address })}\nAukioloajat:\n${hoursText('fi', hours, 'Katso kaupan sivu')}\n\nTilauksesi:\n${link}\n`,
  }),
};

export const bookingConfirmedTemplates: Record<Locale, (params: BookingConfirmed) => RenderedMail> =
  {
    sv: ({ name, shop, address, times, payAtService, link }) => ({
      subject: `${shop} har bekräftat din tid`,
      text: `Hej ${name}!\n\n${shop} har bekräftat din bokning: ${daysAndTimes('sv-SE', times)}.${payAtService ? '\nDu betalar när tjänsten utförs.' : ''}\n\n${placeLines({ shop, address })}\n\nDin bokning:\n${link}\n`,
    }),
    en: ({ name, shop, address, times, payAtService, link }) => ({
      subject: `${shop} has confirmed your booking`,
      text: `Hello ${name},\n\n${shop} has confirmed your booking: ${daysAndTimes('en-GB', times)}.${payAtService ? '\nYou pay when the service is done.' : ''}\n\n${placeLines({ shop, address })}\n\nYour booking:\n${link}\n`,
    }),
    fi: ({ name, shop, address, times, payAtService, link }) => ({
      subject: `${shop} on vahvistanut varauksesi`,
      text: `Hei ${name}!\n\n${shop} on vahvistanut varauksesi: ${daysAndTimes('fi-FI', times)}.${payAtService ? '\nMaksat, kun palvelu on tehty.' : ''}\n\n${placeLines({ shop, address })}\n\nVarauksesi:\n${link}\n`,
    }),
  };

export const bookingMissedTemplates: Record<Locale, (params: BookingMissed) => RenderedMail> = {
  sv: ({ name, shop, times, isRefunded, shopPhone, shopLink, link }) => ({
    subject: `Du kom inte till din tid hos ${shop}`,
    text: `Hej ${name}!\n\n${shop} har noterat att du inte kom till din bokade tid: ${daysAndTimes('sv-SE', times)}.\n\nDu behöver inte betala något för tiden.${isRefunded ? ' Beloppet betalas tillbaka till ditt kort inom några bankdagar.' : ''}\n\nVill du ha en ny tid? Boka den på butikens sida${shopPhone ? ` eller ring ${shop} på ${shopPhone}` : ''}:\n${shopLink}\n\nDin bokning:\n${link}\n`,
  }),
  en: ({ name, shop, times, isRefunded, shopPhone, shopLink, link }) => ({
    subject: `You did not come to your booking at ${shop}`,
    text: `Hello ${name},\n\n${shop} has noted that you did not come to your booked time: ${daysAndTimes('en-GB', times)}.\n\nYou have nothing to pay for it.${isRefunded ? ' The amount is refunded to your card within a few banking days.' : ''}\n\nWould you like a new time? Book it on the shop’s page${shopPhone ? ` or call ${shop} on ${shopPhone}` : ''}:\n${shopLink}\n\nYour booking:\n${link}\n`,
  }),
  fi: ({ name, shop, times, isRefunded, shopPhone, shopLink, link }) => ({
    subject: `Et saapunut varaamallesi ajalle – ${shop}`,
    text: `Hei ${name}!\n\n${shop} on merkinnyt, että et saapunut varaamallesi ajalle: ${daysAndTimes('fi-FI', times)}.\n\nSinun ei tarvitse maksaa ajasta mitään.${isRefunded ? ' Summa hyvitetään kortillesi muutaman pankkipäivän kuluessa.' : ''}\n\nHaluatko uuden ajan? Varaa se kaupan sivulta${shopPhone ? ` tai soita kauppaan ${shop}, puh. ${shopPhone}` : ''}:\n${shopLink}\n\nVarauksesi:\n${link}\n`,
  }),
};
