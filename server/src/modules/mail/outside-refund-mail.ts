import type { Locale } from '@e-galleria/shared/locales';
import { swedishDateOf } from '@e-galleria/shared/calendar-dates';
import { day, money, type MailLocaleTag, type RenderedMail } from './mail-format.ts';

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

/** "Maksu koski tilausta …": the shops follow a label, so their names are not inflected. */
const fiAbout = (checkout: OutsideRefund['checkout']) =>
  checkout
    ? `Maksu koski tilausta ${checkout.reference} (${money('fi-FI', checkout.totalOre)}). ${checkout.shops.length === 1 ? 'Kauppa' : 'Kaupat'}: ${checkout.shops.join(', ')}.`
    : 'Maksua ei löydy gallerian tilauksista.';

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
  fi: (p) => {
    const amount = money('fi-FI', p.amountOre);
    return {
      subject: `Hyvitys tehty e-gallerian ulkopuolella: ${amount}`,
      text:
        `Hei!\n\nKorttimaksusta on hyvitetty ${amount} suoraan maksupalvelussa, ei e-galleriassa (hyvitys ${p.refundId}${p.reason ? `, syy: ${p.reason}` : ''}).\n\n${fiAbout(p.checkout)}\n\n` +
        'Tilaus näyttää e-galleriassa yhä maksetulta, eikä kauppojen osuuksia ole otettu takaisin. Selvitä asia kaupan ja asiakkaan kanssa, ja siirrä tai peri rahaa takaisin käsin, jos tarvitaan.\n\n' +
        `Alueen sivut:\n${p.link}\n`,
    };
  },
};

/**
 * A cardholder disputed a card payment with their bank (decision 0070): the money is taken
 * back unless the platform answers in Stripe with evidence before the day given.
 */
export type PaymentDisputed = {
  disputeId: string;
  amountOre: number;
  checkout: OutsideRefund['checkout'];
  reason: string | null;
  /** Until when evidence can be sent (an ISO instant), when Stripe says. */
  evidenceDueBy: string | null;
  link: string;
};

/** The last day to answer, as Sweden's calendar has it: "torsdag 17 december". */
const dueDay = (locale: MailLocaleTag, instant: string) =>
  day(locale, swedishDateOf(Date.parse(instant)));

export const paymentDisputedTemplates: Record<Locale, (params: PaymentDisputed) => RenderedMail> = {
  sv: (p) => {
    const amount = money('sv-SE', p.amountOre);
    const about = p.checkout
      ? `Betalningen gällde beställning ${p.checkout.reference} på ${money('sv-SE', p.checkout.totalOre)} från ${p.checkout.shops.join(', ')}.`
      : 'Betalningen finns inte bland gallerians beställningar.';
    const due = p.evidenceDueBy
      ? `Svara med underlag i Stripe senast ${dueDay('sv-SE', p.evidenceDueBy)}, annars behåller banken pengarna.`
      : 'Svara med underlag i Stripe, annars behåller banken pengarna.';
    return {
      subject: `En kortbetalning på ${amount} bestrids`,
      text:
        `Hej!\n\nKortinnehavaren har bestridit en betalning på ${amount} hos sin bank (${p.disputeId}${p.reason ? `, orsak: ${p.reason}` : ''}).\n\n${about}\n\n${due} ` +
        'Butiken kan ha kvitto och när varorna lämnades ut; beställningens historik i e-galleria visar vem som lämnade ut dem och när.\n\n' +
        'I e-galleria ser beställningen fortfarande betald ut, och butikens andel har inte tagits tillbaka.\n\n' +
        `Regionens sidor:\n${p.link}\n`,
    };
  },
  en: (p) => {
    const amount = money('en-GB', p.amountOre);
    const about = p.checkout
      ? `The payment was for order ${p.checkout.reference} of ${money('en-GB', p.checkout.totalOre)} from ${p.checkout.shops.join(', ')}.`
      : 'The payment is not among the galleria’s orders.';
    const due = p.evidenceDueBy
      ? `Answer with evidence in Stripe by ${dueDay('en-GB', p.evidenceDueBy)}, or the bank keeps the money.`
      : 'Answer with evidence in Stripe, or the bank keeps the money.';
    return {
      subject: `A card payment of ${amount} is disputed`,
      text:
        `Hello,\n\nThe cardholder has disputed a payment of ${amount} with their bank (${p.disputeId}${p.reason ? `, reason: ${p.reason}` : ''}).\n\n${about}\n\n${due} ` +
        'The shop may have a receipt and the time the goods were handed over; the order’s history in e-galleria shows who handed them over and when.\n\n' +
        'In e-galleria the order still reads as paid, and the shop’s share was not taken back.\n\n' +
        `The region's pages:\n${p.link}\n`,
    };
  },
  fi: (p) => {
    const amount = money('fi-FI', p.amountOre);
    // "Viimeinen päivä on …": the day stays in the nominative Intl writes.
    const due = p.evidenceDueBy
      ? `Vastaa Stripessä ja toimita todisteet, muuten pankki pitää rahat. Viimeinen vastauspäivä on ${dueDay('fi-FI', p.evidenceDueBy)}.`
      : 'Vastaa Stripessä ja toimita todisteet, muuten pankki pitää rahat.';
    return {
      subject: `Korttimaksu on kiistetty: ${amount}`,
      text:
        `Hei!\n\nKortinhaltija on kiistänyt pankissaan maksun, jonka summa on ${amount} (${p.disputeId}${p.reason ? `, syy: ${p.reason}` : ''}).\n\n${fiAbout(p.checkout)}\n\n${due} ` +
        'Kaupalla voi olla kuitti ja tieto siitä, milloin tuotteet luovutettiin; tilauksen historia e-galleriassa näyttää, kuka tuotteet luovutti ja milloin.\n\n' +
        'Tilaus näyttää e-galleriassa yhä maksetulta, eikä kaupan osuutta ole otettu takaisin.\n\n' +
        `Alueen sivut:\n${p.link}\n`,
    };
  },
};
