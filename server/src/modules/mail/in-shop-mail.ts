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
