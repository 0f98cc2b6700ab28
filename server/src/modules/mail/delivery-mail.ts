import type { Locale } from '@e-galleria/shared/locales';
import { day, money, type RenderedMail } from './mail-format.ts';

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
  // "2 kylmälaukussa": after a number the noun stays singular in the inessive.
  fi: ({ name, shop, carrier, collectOre, coolBags, link }) => ({
    subject: `Tuotteesi kaupasta ${shop} tuodaan tänään`,
    text: `Hei ${name}!\n\n${carrier} tuo tuotteesi kaupasta ${shop} kotiisi tänään.${collectOre > 0 ? `\n\nMaksat ${money('fi-FI', collectOre)} toimituksen yhteydessä.` : ''}${coolBags > 0 ? `\n\nKylmätuotteet tulevat ${coolBags} kylmälaukussa; palautathan tyhjät kylmälaukut kuljettajalle.` : ''}\n\nTilauksesi:\n${link}\n`,
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
    fi: ({ name, shop, carrier, link }) => ({
      subject: `Tuotteesi kaupasta ${shop} on toimitettu`,
      text: `Hei ${name}!\n\n${carrier} on toimittanut tuotteesi kaupasta ${shop}.\n\nTilauksesi ja kuittisi:\n${link}\n`,
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
  fi: ({ name, shop, carrier, reason, link }) => ({
    subject: `Tuotteitasi kaupasta ${shop} ei voitu toimittaa tänään`,
    text: `Hei ${name}!\n\n${carrier} ei voinut toimittaa tuotteitasi kaupasta ${shop} tänään: ${reason === 'not_home' ? 'kukaan ei ollut kotona' : 'niitä ei otettu vastaan'}. Tuotteet palaavat kauppaan, joka tuo ne uudelleen toisena päivänä tai ottaa ne takaisin. Jos haluat sopia jotain, soita kauppaan.\n\nTilauksesi:\n${link}\n`,
  }),
};

/**
 * After a failed delivery the shop sets a new delivery day: the resident is told which day, and
 * how to reach the shop if it does not suit. Home delivery has a route day and no time window:
 * the notice on the day says the goods are on their way.
 */
export type DeliveryRescheduled = {
  name: string;
  shop: string;
  /** The new delivery day, YYYY-MM-DD. */
  date: string;
  /** What is paid at the door (pay on delivery), else 0. */
  collectOre: number;
  /** The shop's own phone and e-mail for customers, when it gave them. */
  shopPhone: string | null;
  shopEmail: string | null;
  /** The shop's page in the galleria: where to find it when it gave neither. */
  shopLink: string;
  link: string;
};

/** "ring 0961-100 00 eller mejla butik@…", "call … or e-mail …", or null when neither is given. */
function reachOf(locale: Locale, phone: string | null, email: string | null): string | null {
  const words = {
    sv: { call: 'ring', mail: 'mejla', or: 'eller' },
    en: { call: 'call', mail: 'e-mail', or: 'or' },
    fi: { call: 'soita', mail: 'lähetä sähköpostia osoitteeseen', or: 'tai' },
  }[locale];
  const ways = [
    ...(phone ? [`${words.call} ${phone}`] : []),
    ...(email ? [`${words.mail} ${email}`] : []),
  ];
  return ways.length > 0 ? ways.join(` ${words.or} `) : null;
}

export const deliveryRescheduledTemplates: Record<
  Locale,
  (params: DeliveryRescheduled) => RenderedMail
> = {
  sv: ({ name, shop, date, collectOre, shopPhone, shopEmail, shopLink, link }) => {
    const reach = reachOf('sv', shopPhone, shopEmail);
    return {
      subject: `Ny leveransdag för dina varor från ${shop}: ${day('sv-SE', date)}`,
      text: `Hej ${name}!\n\n${shop} kör ut dina varor igen ${day('sv-SE', date)}. Samma dag får du ett mejl när de är på väg.${collectOre > 0 ? `\n\nDu betalar ${money('sv-SE', collectOre)} vid leveransen.` : ''}\n\nPassar inte dagen, eller vill du fråga något? ${reach ? `Kontakta ${shop}: ${reach}.` : `Kontakta ${shop}:\n${shopLink}`}\n\nDin beställning:\n${link}\n`,
    };
  },
  en: ({ name, shop, date, collectOre, shopPhone, shopEmail, shopLink, link }) => {
    const reach = reachOf('en', shopPhone, shopEmail);
    return {
      subject: `New delivery day for your goods from ${shop}: ${day('en-GB', date)}`,
      text: `Hello ${name},\n\n${shop} will deliver your goods again on ${day('en-GB', date)}. On the day you get a mail when they are on their way.${collectOre > 0 ? `\n\nYou pay ${money('en-GB', collectOre)} on delivery.` : ''}\n\nDoes the day not suit you, or do you have a question? ${reach ? `Contact ${shop}: ${reach}.` : `Contact ${shop}:\n${shopLink}`}\n\nYour order:\n${link}\n`,
    };
  },
  fi: ({ name, shop, date, collectOre, shopPhone, shopEmail, shopLink, link }) => {
    const reach = reachOf('fi', shopPhone, shopEmail);
    return {
      subject: `Uusi toimituspäivä tuotteillesi kaupasta ${shop}: ${day('fi-FI', date)}`,
      text: `Hei ${name}!\n\n${shop} tuo tuotteesi uudelleen. Uusi toimituspäivä on ${day('fi-FI', date)}. Samana päivänä saat sähköpostin, kun tuotteet ovat matkalla.${collectOre > 0 ? `\n\nMaksat ${money('fi-FI', collectOre)} toimituksen yhteydessä.` : ''}\n\nJos päivä ei sovi tai haluat kysyä jotain, ota yhteyttä kauppaan ${shop}${reach ? `: ${reach}.` : `:\n${shopLink}`}\n\nTilauksesi:\n${link}\n`,
    };
  },
};
