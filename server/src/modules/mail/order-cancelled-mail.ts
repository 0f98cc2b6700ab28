import type { Locale } from '@e-galleria/shared/locales';
import { money, type RenderedMail } from './mail-format.ts';

/** A shop cancelled an order after it was placed: the resident is told which, why, and the money. */
export type OrderCancelled = {
  name: string;
  shop: string;
  reason: string;
  /** Paid by card: the payment for this order is refunded. */
  isRefunded: boolean;
  link: string;
};

export const orderCancelledTemplates: Record<Locale, (params: OrderCancelled) => RenderedMail> = {
  sv: ({ name, shop, reason, isRefunded, link }) => ({
    subject: `${shop} har avbeställt din beställning`,
    text: `Hej ${name}!\n\n${shop} kan tyvärr inte leverera din beställning och har avbeställt den.\n\nButikens förklaring: ${reason}\n\n${isRefunded ? 'Beloppet betalas tillbaka till ditt kort inom några bankdagar.' : 'Du behöver inte betala något.'}\n\nSe din beställning:\n${link}\n`,
  }),
  en: ({ name, shop, reason, isRefunded, link }) => ({
    subject: `${shop} has cancelled your order`,
    text: `Hello ${name},\n\nUnfortunately ${shop} cannot deliver your order and has cancelled it.\n\nThe shop's explanation: ${reason}\n\n${isRefunded ? 'The amount is refunded to your card within a few banking days.' : 'You have nothing to pay.'}\n\nSee your order:\n${link}\n`,
  }),
  fi: ({ name, shop, reason, isRefunded, link }) => ({
    subject: `${shop} on perunut tilauksesi`,
    text: `Hei ${name}!\n\n${shop} ei valitettavasti voi toimittaa tilaustasi ja on perunut sen.\n\nKaupan perustelu: ${reason}\n\n${isRefunded ? 'Summa hyvitetään kortillesi muutaman pankkipäivän kuluessa.' : 'Sinun ei tarvitse maksaa mitään.'}\n\nKatso tilauksesi:\n${link}\n`,
  }),
};

/**
 * The resident cancelled an order the shop had not yet accepted: the shop is told, so nobody
 * packs it. Its goods are back in stock (a booked time is free again).
 */
export type OrderWithdrawn = { shop: string; customer: string; totalOre: number; link: string };

export const orderWithdrawnTemplates: Record<Locale, (params: OrderWithdrawn) => RenderedMail> = {
  sv: ({ shop, customer, totalOre, link }) => ({
    subject: `${customer} har avbeställt sin beställning till ${shop}`,
    text: `Hej!\n\n${customer} har avbeställt sin beställning till ${shop} (${money('sv-SE', totalOre)}) innan ni accepterade den. Den ska inte packas; varorna är tillbaka i lagret och en bokad tid är ledig igen.\n\nBeställningarna:\n${link}\n`,
  }),
  en: ({ shop, customer, totalOre, link }) => ({
    subject: `${customer} has cancelled their order to ${shop}`,
    text: `Hello,\n\n${customer} has cancelled their order to ${shop} (${money('en-GB', totalOre)}) before you accepted it. It is not to be packed; the goods are back in stock and a booked time is free again.\n\nThe orders:\n${link}\n`,
  }),
  fi: ({ shop, customer, totalOre, link }) => ({
    subject: `${customer} on perunut tilauksensa kaupasta ${shop}`,
    text: `Hei!\n\n${customer} on perunut tilauksensa kaupasta ${shop} (${money('fi-FI', totalOre)}) ennen kuin kauppa ehti hyväksyä sen. Tilausta ei pidä pakata; tuotteet ovat palanneet varastoon ja varattu aika on taas vapaa.\n\nKaupan tilaukset:\n${link}\n`,
  }),
};
