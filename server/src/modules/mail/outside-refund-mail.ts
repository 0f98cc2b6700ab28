import type { Locale } from '@e-galleria/shared/locales';
import { money, type RenderedMail } from './mail-format.ts';

/**
 * A card payment was refunded outside the galleria, in the payment provider's dashboard
 * (decision 0070). The region's admins are told: the orders still read as paid, and the
 * shops' shares were not taken back, so somebody must settle it by hand.
 */
export type OutsideRefund = {
  refundId: string;
  amountOre: number;
  /** The checkout the payment was for, when it was ours; null for a payment we do not know. */
  checkout: { reference: string; totalOre: number; shops: readonly string[] } | null;
  reason: string | null;
  /** The region admin's page of the galleria. */
  link: string;
};

export const outsideRefundTemplates: Record<Locale, (params: OutsideRefund) => RenderedMail> = {
  sv: (p) => {
    const amount = money('sv-SE', p.amountOre);
    const about = p.checkout
      ? `Betalningen gällde beställning ${p.checkout.reference} på ${money('sv-SE', p.checkout.totalOre)} från ${p.checkout.shops.join(', ')}.`
      : 'Betalningen finns inte bland gallerians beställningar.';
    return {
      subject: `Återbetalning på ${amount} gjord utanför e-galleria`,
      text:
        `Hej!\n\nEn kortbetalning har återbetalats med ${amount} direkt hos betalningsleverantören, inte i e-galleria (återbetalning ${p.refundId}${p.reason ? `, orsak: ${p.reason}` : ''}).\n\n${about}\n\n` +
        'I e-galleria ser beställningen fortfarande betald ut, och butikernas andel har inte tagits tillbaka. Stäm av med butiken och kunden, och för över eller ta tillbaka pengar för hand om det behövs.\n\n' +
        `Regionens sidor:\n${p.link}\n`,
    };
  },
  en: (p) => {
    const amount = money('en-GB', p.amountOre);
    const about = p.checkout
      ? `The payment was for order ${p.checkout.reference} of ${money('en-GB', p.checkout.totalOre)} from ${p.checkout.shops.join(', ')}.`
      : 'The payment is not among the galleria’s orders.';
    return {
      subject: `Refund of ${amount} made outside e-galleria`,
      text:
        `Hello,\n\nA card payment was refunded by ${amount} directly with the payment provider, not in e-galleria (refund ${p.refundId}${p.reason ? `, reason: ${p.reason}` : ''}).\n\n${about}\n\n` +
        'In e-galleria the order still reads as paid, and the shops’ shares were not taken back. Check with the shop and the customer, and transfer or take back money by hand if needed.\n\n' +
        `The region's pages:\n${p.link}\n`,
    };
  },
};
