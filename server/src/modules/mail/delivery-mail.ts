import type { Locale } from '@e-galleria/shared/locales';
import { money, type RenderedMail } from './mail-format.ts';

/** A home delivery on its way today, or delivered: the resident is told by the shop's name. */
export type DeliveryNotice = {
  name: string;
  shop: string;
  carrier: string;
  /** YYYY-MM-DD */
  date: string;
  /** What is paid at the door (pay on delivery), else 0. */
  collectOre: number;
  coolBags: number;
  link: string;
};

export const deliveryOnItsWayTemplates: Record<Locale, (params: DeliveryNotice) => RenderedMail> = {
  sv: ({ name, shop, carrier, collectOre, coolBags, link }) => ({
    subject: `Dina varor från ${shop} körs ut i dag`,
    text: `Hej ${name}!\n\nDina varor från ${shop} körs hem till dig i dag av ${carrier}.${collectOre > 0 ? `\n\nDu betalar ${money('sv-SE', collectOre)} vid leveransen.` : ''}${coolBags > 0 ? `\n\nKylvaror kommer i ${coolBags} kylväska${coolBags > 1 ? 'or' : ''}; lämna gärna tillbaka tomma kylväskor till chauffören.` : ''}\n\nDin beställning:\n${link}\n`,
  }),
  en: ({ name, shop, carrier, collectOre, coolBags, link }) => ({
    subject: `Your goods from ${shop} are delivered today`,
    text: `Hello ${name},\n\nYour goods from ${shop} are driven to your home today by ${carrier}.${collectOre > 0 ? `\n\nYou pay ${money('en-GB', collectOre)} on delivery.` : ''}${coolBags > 0 ? `\n\nChilled goods come in ${coolBags} cool bag${coolBags > 1 ? 's' : ''}; please hand empty cool bags back to the driver.` : ''}\n\nYour order:\n${link}\n`,
  }),
};

export const deliveryDeliveredTemplates: Record<Locale, (params: DeliveryNotice) => RenderedMail> =
  {
    sv: ({ name, shop, carrier, link }) => ({
      subject: `Dina varor från ${shop} är levererade`,
      text: `Hej ${name}!\n\n${carrier} har lämnat dina varor från ${shop}.\n\nDin beställning och ditt kvitto:\n${link}\n`,
    }),
    en: ({ name, shop, carrier, link }) => ({
      subject: `Your goods from ${shop} have been delivered`,
      text: `Hello ${name},\n\n${carrier} has delivered your goods from ${shop}.\n\nYour order and receipt:\n${link}\n`,
    }),
  };
