import type { Locale } from '@e-galleria/shared/locales';
import { day, daysAndTimes, listOf, money, percent, type RenderedMail } from './mail-format.ts';

/** Goods the resident collects: at a service point, or in the shop. */
type MailedPickup = { method: 'pickup'; place: string };
/** Booked times only, done at the shop: no pickup (decision 0067). `times` are instants. */
export type MailedBooking = { method: 'booking'; place: string; times: string[] };

/**
 * A shop's notice of a new order: what to pack, for whom, where and by when. A home delivery
 * is told without the address, as the shop's order screen shows it: the address is on the
 * delivery note.
 */
export type NewOrderNotice = {
  shop: string;
  customer: string;
  totalOre: number;
  fulfilment: MailedPickup | MailedBooking | { method: 'home_delivery' };
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
    fulfilment: MailedPickup | MailedBooking | { method: 'home_delivery'; address: string | null };
    /** YYYY-MM-DD: the first day to collect, or the route day. */
    date: string;
    vat: { rateBasisPoints: number; vatOre: number }[];
    /** What was bought: the mail is the resident's record of it. */
    lines: { title: string; quantity: number }[];
  }[];
};

type ConfirmedOrder = OrderConfirmation['orders'][number];

/** "  2 × Mellanmjölk" per line, as the shop's notice lists them. */
const linesText = (order: Pick<ConfirmedOrder, 'lines'>) =>
  order.lines.map((line) => `  ${line.quantity} × ${line.title}\n`).join('');

/** When a checkout paid at the handover is paid: at pickup, at the door, when a service is done. */
const handoverPaymentOf = (orders: readonly ConfirmedOrder[]) =>
  (['pickup', 'home_delivery', 'booking'] as const).filter((method) =>
    orders.some((order) => order.fulfilment.method === method),
  );

/** One order's "where and when" in the resident's confirmation. */
const svReceivingOf = ({ fulfilment, date }: ConfirmedOrder) =>
  fulfilment.method === 'pickup'
    ? `Hämtas: ${fulfilment.place}, från ${day('sv-SE', date)}`
    : fulfilment.method === 'booking'
      ? `Bokad tid hos ${fulfilment.place}: ${daysAndTimes('sv-SE', fulfilment.times)}`
      : fulfilment.address === null
        ? `Körs hem till dig ${day('sv-SE', date)}`
        : `Körs hem till: ${fulfilment.address}, ${day('sv-SE', date)}`;
const enReceivingOf = ({ fulfilment, date }: ConfirmedOrder) =>
  fulfilment.method === 'pickup'
    ? `Collect at: ${fulfilment.place}, from ${day('en-GB', date)}`
    : fulfilment.method === 'booking'
      ? `Booked at ${fulfilment.place}: ${daysAndTimes('en-GB', fulfilment.times)}`
      : fulfilment.address === null
        ? `Driven to your door on ${day('en-GB', date)}`
        : `Delivered to: ${fulfilment.address} on ${day('en-GB', date)}`;
// Finnish would put a day in the essive ("tiistaina"); Intl writes the nominative, so the days
// and times follow a label or "alkaen" and are never inflected.
const fiReceivingOf = ({ fulfilment, date }: ConfirmedOrder) =>
  fulfilment.method === 'pickup'
    ? `Nouto: ${fulfilment.place}, ensimmäinen noutopäivä ${day('fi-FI', date)}`
    : fulfilment.method === 'booking'
      ? `Varattu aika (${fulfilment.place}): ${daysAndTimes('fi-FI', fulfilment.times)}`
      : fulfilment.address === null
        ? `Kotiinkuljetus ovellesi: ${day('fi-FI', date)}`
        : `Kotiinkuljetus osoitteeseen: ${fulfilment.address}, ${day('fi-FI', date)}`;
const svHandoverMoments = {
  pickup: 'vid upphämtning',
  home_delivery: 'vid leverans',
  booking: 'när tjänsten utförs',
};
const enHandoverMoments = {
  pickup: 'at pickup',
  home_delivery: 'on delivery',
  booking: 'when the service is done',
};
const fiHandoverMoments = {
  pickup: 'noudettaessa',
  home_delivery: 'toimitettaessa',
  booking: 'kun palvelu on tehty',
};
// "vid upphämtning, vid leverans och när tjänsten utförs", as each language lists things.
const svHandoverPayment = (orders: readonly ConfirmedOrder[]) =>
  `betalas ${listOf(
    'sv-SE',
    handoverPaymentOf(orders).map((method) => svHandoverMoments[method]),
  )}`;
const enHandoverPayment = (orders: readonly ConfirmedOrder[]) =>
  `paid ${listOf(
    'en-GB',
    handoverPaymentOf(orders).map((method) => enHandoverMoments[method]),
  )}`;
const fiHandoverPayment = (orders: readonly ConfirmedOrder[]) =>
  `maksetaan ${listOf(
    'fi-FI',
    handoverPaymentOf(orders).map((method) => fiHandoverMoments[method]),
  )}`;

export const orderConfirmationTemplates: Record<
  Locale,
  (params: OrderConfirmation) => RenderedMail
> = {
  sv: ({ name, link, totalOre, payAtPickup, orders }) => ({
    subject: 'Tack för din beställning i e-galleria',
    text: `Hej ${name}!\n\nTack för din beställning. Butikerna bekräftar den så snart de kan.\n\n${orders
      .map(
        (order) =>
          `${order.shop}: ${money('sv-SE', order.totalOre)}\n${linesText(order)}${svReceivingOf(order)}\n${order.vat
            .map(
              (line) =>
                `  varav moms ${percent(line.rateBasisPoints)}: ${money('sv-SE', line.vatOre)}`,
            )
            .join('\n')}`,
      )
      .join(
        '\n\n',
      )}\n\nSumma: ${money('sv-SE', totalOre)}${payAtPickup ? ` (${svHandoverPayment(orders)})` : ''}\n\nSe din beställning:\n${link}\n`,
  }),
  en: ({ name, link, totalOre, payAtPickup, orders }) => ({
    subject: 'Thank you for your order on e-galleria',
    text: `Hello ${name},\n\nThank you for your order. The shops will confirm it as soon as they can.\n\n${orders
      .map(
        (order) =>
          `${order.shop}: ${money('en-GB', order.totalOre)}\n${linesText(order)}${enReceivingOf(order)}\n${order.vat
            .map(
              (line) =>
                `  including VAT ${percent(line.rateBasisPoints)}: ${money('en-GB', line.vatOre)}`,
            )
            .join('\n')}`,
      )
      .join(
        '\n\n',
      )}\n\nTotal: ${money('en-GB', totalOre)}${payAtPickup ? ` (${enHandoverPayment(orders)})` : ''}\n\nSee your order:\n${link}\n`,
  }),
  fi: ({ name, link, totalOre, payAtPickup, orders }) => ({
    subject: 'Kiitos tilauksestasi e-galleriassa',
    text: `Hei ${name}!\n\nKiitos tilauksestasi. Kaupat vahvistavat sen niin pian kuin voivat.\n\n${orders
      .map(
        (order) =>
          `${order.shop}: ${money('fi-FI', order.totalOre)}\n${linesText(order)}${fiReceivingOf(order)}\n${order.vat
            .map(
              (line) =>
                `  josta alv ${percent(line.rateBasisPoints)}: ${money('fi-FI', line.vatOre)}`,
            )
            .join('\n')}`,
      )
      .join(
        '\n\n',
      )}\n\nYhteensä: ${money('fi-FI', totalOre)}${payAtPickup ? ` (${fiHandoverPayment(orders)})` : ''}\n\nKatso tilauksesi:\n${link}\n`,
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
        : fulfilment.method === 'booking'
          ? `Bokad tid: ${daysAndTimes('sv-SE', fulfilment.times)}${payAtPickup ? ' (betalas när tjänsten utförs)' : ''}`
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
        : fulfilment.method === 'booking'
          ? `Booked time: ${daysAndTimes('en-GB', fulfilment.times)}${payAtPickup ? ' (paid when the service is done)' : ''}`
          : `Home delivery on ${day('en-GB', date)}${payAtPickup ? ' (paid on delivery)' : ''}`
    }\n\nAccept or decline the order here:\n${link}\n`,
  }),
  fi: ({ shop, customer, totalOre, fulfilment, date, payAtPickup, lines, link }) => ({
    subject: `Uusi tilaus kauppaan ${shop}`,
    text: `Hei!\n\n${customer} on tilannut kaupasta ${shop} (${money('fi-FI', totalOre)}):\n\n${lines
      .map((line) => `  ${line.quantity} × ${line.title}`)
      .join('\n')}\n\n${
      fulfilment.method === 'pickup'
        ? `Nouto: ${fulfilment.place}, ensimmäinen noutopäivä ${day('fi-FI', date)}`
        : fulfilment.method === 'booking'
          ? `Varattu aika: ${daysAndTimes('fi-FI', fulfilment.times)}${payAtPickup ? ' (maksetaan, kun palvelu on tehty)' : ''}`
          : `Kotiinkuljetus: ${day('fi-FI', date)}${payAtPickup ? ' (maksetaan toimitettaessa)' : ''}`
    }\n\nHyväksy tai hylkää tilaus täällä:\n${link}\n`,
  }),
};
