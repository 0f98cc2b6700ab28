import type { Locale } from '@e-galleria/shared/locales';
import {
  deliveryDeliveredTemplates,
  deliveryOnItsWayTemplates,
  type DeliveryNotice,
} from './delivery-mail.ts';
import { carrierInvitationTemplates, type CarrierInvitation } from './carrier-invitation-mail.ts';
import {
  carrierReportDecisionTemplates,
  carrierReportForwardedTemplates,
  type CarrierReportDecision,
  type CarrierReportForwarded,
} from './carrier-report-mail.ts';
import { householdDecisionTemplates, type HouseholdDecision } from './household-decision-mail.ts';
import { orderCancelledTemplates, type OrderCancelled } from './order-cancelled-mail.ts';
import { orderDeclinedTemplates, type OrderDeclined } from './order-declined-mail.ts';
import { genitiveOf, municipalityOfficialNameOf } from '@e-galleria/shared/swedish-names';

/**
 * Every mail we send, in every language we speak. Adding a locale to `locales` without a
 * template here is a type error.
 */
export type MailTemplates = {
  password_reset: (params: { name: string; link: string }) => RenderedMail;
  login_locked: (params: { name: string; link: string }) => RenderedMail;
  invitation_municipality_admin: (params: { municipality: string; link: string }) => RenderedMail;
  invitation_region_admin: (params: { region: string; link: string }) => RenderedMail;
  invitation_shop_owner: (params: {
    shop: string;
    municipality: string;
    link: string;
  }) => RenderedMail;
  invitation_shop_staff: (params: { shop: string; link: string }) => RenderedMail;
  invitation_service_point_operator: (params: {
    servicePoint: string;
    municipality: string;
    link: string;
  }) => RenderedMail;
  welcome: (params: { name: string; link: string }) => RenderedMail;
  registration_confirm: (params: { name: string; link: string }) => RenderedMail;
  registration_existing: (params: {
    name: string;
    loginLink: string;
    resetLink: string;
  }) => RenderedMail;
  order_confirmation: (params: OrderConfirmation) => RenderedMail;
  pickup_ready: (params: PickupNotice & { address: string; hours: WeeklyHours }) => RenderedMail;
  pickup_reminder: (params: PickupNotice) => RenderedMail;
  new_order: (params: NewOrderNotice) => RenderedMail;
  order_cancelled: (params: OrderCancelled) => RenderedMail;
  order_declined: (params: OrderDeclined) => RenderedMail;
  household_decision: (params: HouseholdDecision) => RenderedMail;
  delivery_on_its_way: (params: DeliveryNotice) => RenderedMail;
  delivery_delivered: (params: DeliveryNotice) => RenderedMail;
  invitation_carrier: (params: CarrierInvitation) => RenderedMail;
  carrier_report_decision: (params: CarrierReportDecision) => RenderedMail;
  carrier_report_forwarded: (params: CarrierReportForwarded) => RenderedMail;
};

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

/** A handover waiting at a service point: where, until when, and the code to show. */
export type PickupNotice = {
  name: string;
  place: string;
  /** YYYY-MM-DD */
  lastDay: string;
  code: string;
  link: string;
};

/** A place's weekly opening intervals (ISO weekday, Monday 1). */
export type WeeklyHours = readonly { weekday: number; opens: string; closes: string }[];

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
     * Where it is collected, or that it is driven home: to the resident's own address where the
     * mail is built with it (null where it is not, as after a card payment).
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

// Formatters are built once: building one costs far more than using it.
const moneyFormats = {
  'sv-SE': new Intl.NumberFormat('sv-SE', { style: 'currency', currency: 'SEK' }),
  'en-GB': new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'SEK' }),
};
const dayFormats = {
  'sv-SE': new Intl.DateTimeFormat('sv-SE', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }),
  'en-GB': new Intl.DateTimeFormat('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }),
};
const money = (locale: 'sv-SE' | 'en-GB', ore: number) => moneyFormats[locale].format(ore / 100);
const percent = (basisPoints: number) => `${basisPoints / 100} %`;
const day = (locale: 'sv-SE' | 'en-GB', date: string) =>
  dayFormats[locale].format(new Date(`${date}T12:00:00Z`));
const weekdayNames = {
  sv: ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};
/** One line per open weekday: "tisdag 10:00–17:00, 18:00–20:00". */
const hoursText = (locale: Locale, hours: WeeklyHours, closedAllWeek: string) => {
  const lines = weekdayNames[locale].flatMap((name, index) => {
    const intervals = hours.filter((interval) => interval.weekday === index + 1);
    if (intervals.length === 0) return [];
    return [
      `  ${name} ${intervals.map((interval) => `${interval.opens}–${interval.closes}`).join(', ')}`,
    ];
  });
  return lines.length > 0 ? lines.join('\n') : `  ${closedAllWeek}`;
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

export type MailKind = keyof MailTemplates;
export type RenderedMail = { subject: string; text: string };

export const mailTemplates: Record<Locale, MailTemplates> = {
  sv: {
    password_reset: ({ name, link }) => ({
      subject: 'Återställ ditt lösenord till e-galleria',
      text: `Hej ${name}!\n\nNågon (förhoppningsvis du) bad om att få återställa lösenordet till ditt konto i e-galleria.\nVälj ett nytt lösenord här inom en timme:\n\n${link}\n\nOm det inte var du kan du bortse från det här mejlet; ditt lösenord är oförändrat.\n`,
    }),
    login_locked: ({ name, link }) => ({
      subject: 'Många felaktiga inloggningsförsök på ditt konto i e-galleria',
      text: `Hej ${name}!\n\nNågon har prövat många felaktiga lösenord för ditt konto i e-galleria. För att skydda kontot tar vi en timme inga fler försök från webbläsare som inte loggat in på kontot förut.\n\nDu kommer fortfarande in från de webbläsare du brukar använda. Annars kan du välja ett nytt lösenord här inom ett dygn; då hävs spärren och webbläsaren du använder blir känd:\n\n${link}\n\nDitt lösenord är oförändrat.\n`,
    }),
    invitation_municipality_admin: ({ municipality, link }) => ({
      subject: `Inbjudan: administrera ${genitiveOf(municipality)} e-galleria`,
      text: `Hej!\n\nDu har bjudits in som administratör för ${genitiveOf(municipality)} galleria i e-galleria.\nFölj länken för att välja lösenord och komma igång (länken gäller i 7 dagar):\n\n${link}\n`,
    }),
    invitation_region_admin: ({ region, link }) => ({
      subject: `Inbjudan: administrera e-galleria för ${region}`,
      text: `Hej!\n\nDu har bjudits in som regionadministratör för e-galleria i ${region}. Som regionadministratör lägger du till kommunerna och bjuder in deras administratörer.\nFölj länken för att välja lösenord och komma igång (länken gäller i 7 dagar):\n\n${link}\n`,
    }),
    invitation_shop_owner: ({ shop, municipality, link }) => ({
      subject: `Inbjudan: öppna ${shop} i ${genitiveOf(municipality)} e-galleria`,
      text: `Hej!\n\n${municipalityOfficialNameOf(municipality)} bjuder in ${shop} till kommunens e-galleria, där ortens butiker säljer på nätet och kunderna hämtar i byarna.\nFölj länken för att skapa ditt konto och fylla i butikens uppgifter (länken gäller i 7 dagar):\n\n${link}\n\nNär du skickat in uppgifterna granskar kommunen dem innan butiken visas.\n`,
    }),
    invitation_shop_staff: ({ shop, link }) => ({
      subject: `Inbjudan: arbeta i ${shop} på e-galleria`,
      text: `Hej!\n\nDu har bjudits in som personal i ${shop} på e-galleria.\nFölj länken för att komma igång (länken gäller i 7 dagar):\n\n${link}\n`,
    }),
    invitation_service_point_operator: ({ servicePoint, municipality, link }) => ({
      subject: `Inbjudan: sköt servicepunkten ${servicePoint}`,
      text: `Hej!\n\n${municipalityOfficialNameOf(municipality)} bjuder in dig att sköta servicepunkten ${servicePoint} i e-galleria, där byns invånare hämtar sina varor.\nFölj länken för att komma igång (länken gäller i 7 dagar):\n\n${link}\n`,
    }),
    welcome: ({ name, link }) => ({
      subject: 'Välkommen till e-galleria',
      text: `Hej ${name}!\n\nDitt konto är skapat. Du handlar med samma konto i alla kommuners gallerior:\n\n${link}\n`,
    }),
    registration_confirm: ({ name, link }) => ({
      subject: 'Bekräfta din e-postadress för e-galleria',
      text: `Hej ${name}!\n\nFölj länken för att skapa ditt konto i e-galleria (länken gäller i ett dygn):\n\n${link}\n\nOm det inte var du som ville skapa ett konto kan du bortse från det här mejlet; inget konto skapas.\n`,
    }),
    registration_existing: ({ name, loginLink, resetLink }) => ({
      subject: 'Du har redan ett konto i e-galleria',
      text: `Hej ${name}!\n\nNågon (förhoppningsvis du) försökte skapa ett konto i e-galleria med den här e-postadressen. Du har redan ett konto, så inget nytt skapades.\n\nLogga in här:\n${loginLink}\n\nOm du har glömt lösenordet kan du välja ett nytt här:\n${resetLink}\n\nOm det inte var du kan du bortse från det här mejlet; ditt konto är oförändrat.\n`,
    }),
    order_confirmation: ({ name, link, totalOre, payAtPickup, orders }) => ({
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
    new_order: ({ shop, customer, totalOre, fulfilment, date, payAtPickup, lines, link }) => ({
      subject: `Ny beställning till ${shop}`,
      text: `Hej!\n\n${customer} har beställt från ${shop} (${money('sv-SE', totalOre)}):\n\n${lines
        .map((line) => `  ${line.quantity} × ${line.title}`)
        .join('\n')}\n\n${
        fulfilment.method === 'pickup'
          ? `Hämtas: ${fulfilment.place}, från ${day('sv-SE', date)}`
          : `Hemleverans: körs hem ${day('sv-SE', date)}${payAtPickup ? ' (betalas vid leverans)' : ''}`
      }\n\nAcceptera eller neka beställningen här:\n${link}\n`,
    }),
    pickup_ready: ({ name, place, address, hours, lastDay, code, link }) => ({
      subject: `Dina varor finns att hämta på ${place}`,
      text: `Hej ${name}!\n\nAllt du beställt till ${place} har kommit fram och väntar på dig.\n\nDin hämtkod: ${code}\nVisa koden (eller QR-koden på din beställningssida) vid disken.\n\nHämta senast ${day('sv-SE', lastDay)}.\n\n${place}\n${address}\nÖppettider:\n${hoursText('sv', hours, 'Se servicepunktens sida')}\n\nDin beställning:\n${link}\n`,
    }),
    pickup_reminder: ({ name, place, lastDay, code, link }) => ({
      subject: `Påminnelse: hämta dina varor på ${place}`,
      text: `Hej ${name}!\n\nDina varor väntar fortfarande på ${place}. Sista dagen att hämta är ${day('sv-SE', lastDay)}; sedan skickas de tillbaka till butiken.\n\nDin hämtkod: ${code}\n\nDin beställning:\n${link}\n`,
    }),
    order_cancelled: orderCancelledTemplates.sv,
    order_declined: orderDeclinedTemplates.sv,
    household_decision: householdDecisionTemplates.sv,
    delivery_on_its_way: deliveryOnItsWayTemplates.sv,
    delivery_delivered: deliveryDeliveredTemplates.sv,
    invitation_carrier: carrierInvitationTemplates.sv,
    carrier_report_decision: carrierReportDecisionTemplates.sv,
    carrier_report_forwarded: carrierReportForwardedTemplates.sv,
  },
  en: {
    password_reset: ({ name, link }) => ({
      subject: 'Reset your e-galleria password',
      text: `Hello ${name},\n\nSomeone (hopefully you) asked to reset the password of your e-galleria account.\nChoose a new password here within one hour:\n\n${link}\n\nIf it was not you, ignore this mail; your password has not changed.\n`,
    }),
    login_locked: ({ name, link }) => ({
      subject: 'Many failed login attempts on your e-galleria account',
      text: `Hello ${name},\n\nSomeone has tried many wrong passwords for your e-galleria account. To protect it, for one hour we take no more attempts from browsers that have not logged in to the account before.\n\nYou can still log in from the browsers you usually use. Otherwise you can choose a new password here within a day; that lifts the lock and makes the browser you use a known one:\n\n${link}\n\nYour password has not changed.\n`,
    }),
    invitation_municipality_admin: ({ municipality, link }) => ({
      subject: `Invitation: manage the ${municipality} e-galleria`,
      text: `Hello,\n\nYou have been invited to administer the ${municipality} galleria on e-galleria.\nFollow the link to choose a password and get started (the link is valid for 7 days):\n\n${link}\n`,
    }),
    invitation_region_admin: ({ region, link }) => ({
      subject: `Invitation: administer e-galleria for ${region}`,
      text: `Hello,\n\nYou have been invited as the region administrator of e-galleria in ${region}. As region administrator you add the municipalities and invite their administrators.\nFollow the link to choose a password and get started (the link is valid for 7 days):\n\n${link}\n`,
    }),
    invitation_shop_owner: ({ shop, municipality, link }) => ({
      subject: `Invitation: open ${shop} in the ${municipality} e-galleria`,
      text: `Hello,\n\nThe municipality of ${municipality} invites ${shop} to its e-galleria, where local shops sell online and customers collect in the villages.\nFollow the link to create your account and fill in the shop's details (the link is valid for 7 days):\n\n${link}\n\nOnce you submit the details, the municipality reviews them before the shop is shown.\n`,
    }),
    invitation_shop_staff: ({ shop, link }) => ({
      subject: `Invitation: work in ${shop} on e-galleria`,
      text: `Hello,\n\nYou have been invited to join the staff of ${shop} on e-galleria.\nFollow the link to get started (the link is valid for 7 days):\n\n${link}\n`,
    }),
    invitation_service_point_operator: ({ servicePoint, municipality, link }) => ({
      subject: `Invitation: run the ${servicePoint} service point`,
      text: `Hello,\n\nThe municipality of ${municipality} invites you to run the ${servicePoint} service point on e-galleria, where the village's residents collect their goods.\nFollow the link to get started (the link is valid for 7 days):\n\n${link}\n`,
    }),
    welcome: ({ name, link }) => ({
      subject: 'Welcome to e-galleria',
      text: `Hello ${name},\n\nYour account has been created. The same account shops in every municipality's galleria:\n\n${link}\n`,
    }),
    registration_confirm: ({ name, link }) => ({
      subject: 'Confirm your e-mail address for e-galleria',
      text: `Hello ${name},\n\nFollow the link to create your e-galleria account (the link is valid for one day):\n\n${link}\n\nIf you did not ask for an account, ignore this mail; no account is created.\n`,
    }),
    registration_existing: ({ name, loginLink, resetLink }) => ({
      subject: 'You already have an e-galleria account',
      text: `Hello ${name},\n\nSomeone (hopefully you) tried to create an e-galleria account with this e-mail address. You already have one, so nothing new was created.\n\nLog in here:\n${loginLink}\n\nIf you have forgotten your password, choose a new one here:\n${resetLink}\n\nIf it was not you, ignore this mail; your account has not changed.\n`,
    }),
    order_confirmation: ({ name, link, totalOre, payAtPickup, orders }) => ({
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
    new_order: ({ shop, customer, totalOre, fulfilment, date, payAtPickup, lines, link }) => ({
      subject: `New order for ${shop}`,
      text: `Hello,\n\n${customer} has ordered from ${shop} (${money('en-GB', totalOre)}):\n\n${lines
        .map((line) => `  ${line.quantity} × ${line.title}`)
        .join('\n')}\n\n${
        fulfilment.method === 'pickup'
          ? `Collect at: ${fulfilment.place}, from ${day('en-GB', date)}`
          : `Home delivery on ${day('en-GB', date)}${payAtPickup ? ' (paid on delivery)' : ''}`
      }\n\nAccept or decline the order here:\n${link}\n`,
    }),
    pickup_ready: ({ name, place, address, hours, lastDay, code, link }) => ({
      subject: `Your goods are ready to collect at ${place}`,
      text: `Hello ${name},\n\nEverything you ordered to ${place} has arrived and is waiting for you.\n\nYour pickup code: ${code}\nShow the code (or the QR code on your order page) at the counter.\n\nCollect by ${day('en-GB', lastDay)}.\n\n${place}\n${address}\nOpening hours:\n${hoursText('en', hours, 'See the service point’s page')}\n\nYour order:\n${link}\n`,
    }),
    pickup_reminder: ({ name, place, lastDay, code, link }) => ({
      subject: `Reminder: collect your goods at ${place}`,
      text: `Hello ${name},\n\nYour goods are still waiting at ${place}. The last day to collect them is ${day('en-GB', lastDay)}; after that they go back to the shop.\n\nYour pickup code: ${code}\n\nYour order:\n${link}\n`,
    }),
    order_cancelled: orderCancelledTemplates.en,
    order_declined: orderDeclinedTemplates.en,
    household_decision: householdDecisionTemplates.en,
    delivery_on_its_way: deliveryOnItsWayTemplates.en,
    delivery_delivered: deliveryDeliveredTemplates.en,
    invitation_carrier: carrierInvitationTemplates.en,
    carrier_report_decision: carrierReportDecisionTemplates.en,
    carrier_report_forwarded: carrierReportForwardedTemplates.en,
  },
};
