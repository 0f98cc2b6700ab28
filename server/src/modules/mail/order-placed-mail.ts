import type { Locale } from '@e-galleria/shared/locales';
import { day, money, percent, type RenderedMail } from './mail-format.ts';

/** Goods the resident collects: at a service point, or in the shop. */
type MailedPickup = { method: 'pickup'; place: string };

/**
 * A shop's notice of a new order: what to pack, for whom, where and by when. A home delivery
 * is told without the address, as the shop's order screen shows it: the address is on the
 * delivery note.
 */
export type NewOrderNotice = {
  shop: string;
  customer: string;
  totalOre: number;
  fulfilment: MailedPickup | { method: 'home_delivery' };
  /** YYYY-MM-DD: the first day to collect, or the route day. */
  date: string;
  /** Paid at the handover: for a home delivery, the driver takes the payment at the door. */
  payAtPickup: boolean;
  lines: { title: string; quantity: number }[];
  link: string;
};

/** One checkout as its confirmation tells it: every shop's order, where, when, VAT per rate. */
export type OrderConfirmation = {
  name: string;
  link: string;
  totalOre: number;
  payAtPickup: boolean;
  orders: {
    shop: string;
    totalOre: number;
    /**
     * Where it is collected, or where it is driven home (street and village). Null only if the
     * order's delivery note could not be read: the mail then says it is driven to the door.
     */
    fulfilment: MailedPickup | { method: 'home_delivery'; address: string | null };
    /** YYYY-MM-DD: the first day to collect, or the route day. */
    date: string;
    vat: { rateBasisPoints: number; vatOre: number }[];
  }[];
};

type ConfirmedOrder = OrderConfirmation['orders'][number];

/** What a checkout paid at the handover is paid at: pickup, the door, or each of them. */
const handoverPaymentOf = (orders: readonly ConfirmedOrder[]) => {
  const isDelivered = orders.some((order) => order.fulfilment.method === 'home_delivery');
  const isCollected = orders.some((order) => order.fulfilment.method === 'pickup');
  return isDelivered && isCollected ? 'both' : isDelivered ? 'delivery' : 'pickup';
};

/** One order's "where and when" in the resident's confirmation. */
const svReceivingOf = ({ fulfilment, date }: ConfirmedOrder) =>
  fulfilment.method === 'pickup'
    ? `Hämtas: ${fulfilment.place}, från ${day('sv-SE', date)}`
    : fulfilment.address === null
      ? `Körs hem till dig ${day('sv-SE', date)}`
      : `Körs hem till: ${fulfilment.address}, ${day('sv-SE', date)}`;
const enReceivingOf = ({ fulfilment, date }: ConfirmedOrder) =>
  fulfilment.method === 'pickup'
    ? `Collect at: ${fulfilment.place}, from ${day('en-GB', date)}`
    : fulfilment.address === null
      ? `Driven to your door on ${day('en-GB', date)}`
      : `Delivered to: ${fulfilment.address} on ${day('en-GB', date)}`;
const svHandoverPayment = {
  pickup: 'betalas vid upphämtning',
  delivery: 'betalas vid leverans',
  both: 'betalas vid upphämtning och vid leverans',
};
const enHandoverPayment = {
  pickup: 'paid at pickup',
  delivery: 'paid on delivery',
  both: 'paid at pickup and on delivery',
};

export const orderConfirmationTemplates: Record<
  Locale,
  (params: OrderConfirmation) => RenderedMail
> = {
  sv: ({ name, link, totalOre, payAtPickup, orders }) => ({
    subject: 'Tack för din beställning i e-galleria',
    text: `Hej ${name}!\n\nTack för din beställning. Butikerna bekräftar den så snart de kan.\n\n${orders
      .map(
        (order) =>
          `${order.shop}: ${money('sv-SE', order.totalOre)}\n${svReceivingOf(order)}\n${order.vat
            .map(
              (line) =>
                `  varav moms ${percent(line.rateBasisPoints)}: ${money('sv-SE', line.vatOre)}`,
            )
            .join('\n')}`,
      )
      .join(
        '\n\n',
      )}\n\nSumma: ${money('sv-SE', totalOre)}${payAtPickup ? ` (${svHandoverPayment[handoverPaymentOf(orders)]})` : ''}\n\nSe din beställning:\n${link}\n`,
  }),
  en: ({ name, link, totalOre, payAtPickup, orders }) => ({
    subject: 'Thank you for your order on e-galleria',
    text: `Hello ${name},\n\nThank you for your order. The shops will confirm it as soon as they can.\n\n${orders
      .map(
        (order) =>
          `${order.shop}: ${money('en-GB', order.totalOre)}\n${enReceivingOf(order)}\n${order.vat
            .map(
              (line) =>
                `  including VAT ${percent(line.rateBasisPoints)}: ${money('en-GB', line.vatOre)}`,
            )
            .join('\n')}`,
      )
      .join(
        '\n\n',
      )}\n\nTotal: ${money('en-GB', totalOre)}${payAtPickup ? ` (${enHandoverPayment[handoverPaymentOf(orders)]})` : ''}\n\nSee your order:\n${link}\n`,
  }),
};

export const newOrderTemplates: Record<Locale, (params: NewOrderNotice) => RenderedMail> = {
  sv: ({ shop, customer, totalOre, fulfilment, date, payAtPickup, lines, link }) => ({
    subject: `Ny beställning till ${shop}`,
    text: `Hej!\n\n${customer} har beställt från ${shop} (${money('sv-SE', totalOre)}):\n\n${lines
      .map((line) => `  ${line.quantity} × ${line.title}`)
      .join('\n')}\n\n${
      fulfilment.method === 'pickup'
        ? `Hämtas: ${fulfilment.place}, från ${day('sv-SE', date)}`
        : `Hemleverans: körs hem ${day('sv-SE', date)}${payAtPickup ? ' (betalas vid leverans)' : ''}`
    }\n\nAcceptera eller neka beställningen här:\n${link}\n`,
  }),
  en: ({ shop, customer, totalOre, fulfilment, date, payAtPickup, lines, link }) => ({
    subject: `New order for ${shop}`,
    text: `Hello,\n\n${customer} has ordered from ${shop} (${money('en-GB', totalOre)}):\n\n${lines
      .map((line) => `  ${line.quantity} × ${line.title}`)
      .join('\n')}\n\n${
      fulfilment.method === 'pickup'
        ? `Collect at: ${fulfilment.place}, from ${day('en-GB', date)}`
        : `Home delivery on ${day('en-GB', date)}${payAtPickup ? ' (paid on delivery)' : ''}`
    }\n\nAccept or decline the order here:\n${link}\n`,
  }),
};
