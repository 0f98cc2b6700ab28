import type { Locale } from '@e-galleria/shared/locales';
import { money, type RenderedMail } from './mail-format.ts';

/**
 * A shop declined a new order: the resident is told which shop, why, and the money. Declining
 * gives the goods back and refunds a card payment of that order (order-money.ts); an order paid
 * at the handover has nothing to pay.
 */
export type OrderDeclined = {
  name: string;
  shop: string;
  /** The shop's explanation; null when it gave none. */
  reason: string | null;
  /** Paid by card: the order's amount, which is refunded to the card. */
  refundOre: number | null;
  link: string;
};

export const orderDeclinedTemplates: Record<Locale, (params: OrderDeclined) => RenderedMail> = {
  sv: ({ name, shop, reason, refundOre, link }) => ({
    subject: `${shop} kan inte ta emot din beställning`,
    text: `Hej ${name}!\n\n${shop} kan tyvärr inte ta emot din beställning och har nekat den.${reason === null ? '' : `\n\nButikens förklaring: ${reason}`}\n\n${refundOre === null ? 'Du behöver inte betala något.' : `Vi betalar tillbaka ${money('sv-SE', refundOre)} till ditt kort. Det kan ta några bankdagar innan pengarna syns på kontot.`}\n\nSe din beställning:\n${link}\n`,
  }),
  en: ({ name, shop, reason, refundOre, link }) => ({
    subject: `${shop} cannot take your order`,
    text: `Hello ${name},\n\nUnfortunately ${shop} cannot take your order and has declined it.${reason === null ? '' : `\n\nThe shop's explanation: ${reason}`}\n\n${refundOre === null ? 'You have nothing to pay.' : `We refund ${money('en-GB', refundOre)} to your card. It may take a few banking days before the money shows in your account.`}\n\nSee your order:\n${link}\n`,
  }),
  fi: ({ name, shop, reason, refundOre, link }) => ({
    subject: `${shop} ei voi ottaa vastaan tilaustasi`,
    text: `Hei ${name}!\n\n${shop} ei valitettavasti voi ottaa vastaan tilaustasi ja on hylännyt sen.${reason === null ? '' : `\n\nKaupan perustelu: ${reason}`}\n\n${refundOre === null ? 'Sinun ei tarvitse maksaa mitään.' : `Hyvitämme ${money('fi-FI', refundOre)} kortillesi. Voi kestää muutaman pankkipäivän, ennen kuin rahat näkyvät tililläsi.`}\n\nKatso tilauksesi:\n${link}\n`,
  }),
};
