import type { Locale } from '@e-galleria/shared/locales';
import type { RenderedMail } from './mail-format.ts';

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
};
