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

/**
 * Nobody was home, or the goods were refused at the door: the resident is told the same day,
 * and that the shop decides what comes next (sent out again, or taken back and refunded).
 */
export type DeliveryFailed = DeliveryNotice & { reason: 'not_home' | 'refused' };

export const deliveryFailedTemplates: Record<Locale, (params: DeliveryFailed) => RenderedMail> = {
  sv: ({ name, shop, carrier, reason, link }) => ({
    subject: `Dina varor från ${shop} kunde inte lämnas i dag`,
    text: `Hej ${name}!\n\n${carrier} kunde inte lämna dina varor från ${shop} i dag: ${reason === 'not_home' ? 'ingen var hemma' : 'de togs inte emot'}. Varorna går tillbaka till butiken, som kör ut dem igen en annan dag eller tar tillbaka dem. Vill du ordna något, ring butiken.\n\nDin beställning:\n${link}\n`,
  }),
  en: ({ name, shop, carrier, reason, link }) => ({
    subject: `Your goods from ${shop} could not be delivered today`,
    text: `Hello ${name},\n\n${carrier} could not deliver your goods from ${shop} today: ${reason === 'not_home' ? 'nobody was home' : 'they were refused'}. The goods go back to the shop, which will deliver them on another day or take them back. To arrange something, call the shop.\n\nYour order:\n${link}\n`,
  }),
};
