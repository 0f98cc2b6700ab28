import type { Locale } from '@e-galleria/shared/locales';
import {
  deliveryDeliveredTemplates,
  deliveryFailedTemplates,
  type DeliveryFailed,
  deliveryRescheduledTemplates,
  type DeliveryRescheduled,
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
import {
  bookingConfirmedTemplates,
  bookingMissedTemplates,
  shopPickupReadyTemplates,
  type BookingConfirmed,
  type BookingMissed,
  type ShopPickupReady,
} from './in-shop-mail.ts';
import {
  orderCancelledTemplates,
  orderWithdrawnTemplates,
  type OrderCancelled,
  type OrderWithdrawn,
} from './order-cancelled-mail.ts';
import { orderDeclinedTemplates, type OrderDeclined } from './order-declined-mail.ts';
import type { RenderedMail } from './mail-format.ts';
import {
  newOrderTemplates,
  orderConfirmationTemplates,
  type NewOrderNotice,
  type OrderConfirmation,
} from './order-placed-mail.ts';
import {
  pickupReadyTemplates,
  pickupReminderTemplates,
  type PickupNotice,
  type WeeklyHours,
} from './pickup-mail.ts';
import {
  outsideRefundTemplates,
  paymentDisputedTemplates,
  type OutsideRefund,
  type PaymentDisputed,
} from './outside-refund-mail.ts';
import { shopReviewDecisionTemplates, type ShopReviewDecision } from './shop-review-mail.ts';
import {
  serviceRequestDeclinedTemplates,
  serviceRequestNoticeTemplates,
  serviceRequestReceiptTemplates,
  type ServiceRequestDeclined,
  type ServiceRequestDetails,
  type ServiceRequestNotice,
} from './service-request-mail.ts';
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
  shop_pickup_ready: (params: ShopPickupReady) => RenderedMail;
  booking_confirmed: (params: BookingConfirmed) => RenderedMail;
  booking_missed: (params: BookingMissed) => RenderedMail;
  new_order: (params: NewOrderNotice) => RenderedMail;
  order_cancelled: (params: OrderCancelled) => RenderedMail;
  order_withdrawn: (params: OrderWithdrawn) => RenderedMail;
  shop_review_decision: (params: ShopReviewDecision) => RenderedMail;
  outside_refund: (params: OutsideRefund) => RenderedMail;
  payment_disputed: (params: PaymentDisputed) => RenderedMail;
  service_request_new: (params: ServiceRequestNotice) => RenderedMail;
  service_request_receipt: (params: ServiceRequestDetails) => RenderedMail;
  service_request_declined: (params: ServiceRequestDeclined) => RenderedMail;
  order_declined: (params: OrderDeclined) => RenderedMail;
  household_decision: (params: HouseholdDecision) => RenderedMail;
  delivery_on_its_way: (params: DeliveryNotice) => RenderedMail;
  delivery_delivered: (params: DeliveryNotice) => RenderedMail;
  delivery_failed: (params: DeliveryFailed) => RenderedMail;
  delivery_rescheduled: (params: DeliveryRescheduled) => RenderedMail;
  invitation_carrier: (params: CarrierInvitation) => RenderedMail;
  carrier_report_decision: (params: CarrierReportDecision) => RenderedMail;
  carrier_report_forwarded: (params: CarrierReportForwarded) => RenderedMail;
};

export type MailKind = keyof MailTemplates;
export type { NewOrderNotice, OrderConfirmation, PickupNotice, RenderedMail, WeeklyHours };

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
    order_confirmation: orderConfirmationTemplates.sv,
    new_order: newOrderTemplates.sv,
    pickup_ready: pickupReadyTemplates.sv,
    pickup_reminder: pickupReminderTemplates.sv,
    shop_pickup_ready: shopPickupReadyTemplates.sv,
    booking_confirmed: bookingConfirmedTemplates.sv,
    booking_missed: bookingMissedTemplates.sv,
    order_cancelled: orderCancelledTemplates.sv,
    order_withdrawn: orderWithdrawnTemplates.sv,
    shop_review_decision: shopReviewDecisionTemplates.sv,
    outside_refund: outsideRefundTemplates.sv,
    payment_disputed: paymentDisputedTemplates.sv,
    service_request_new: serviceRequestNoticeTemplates.sv,
    service_request_receipt: serviceRequestReceiptTemplates.sv,
    service_request_declined: serviceRequestDeclinedTemplates.sv,
    order_declined: orderDeclinedTemplates.sv,
    household_decision: householdDecisionTemplates.sv,
    delivery_on_its_way: deliveryOnItsWayTemplates.sv,
    delivery_delivered: deliveryDeliveredTemplates.sv,
    delivery_failed: deliveryFailedTemplates.sv,
    delivery_rescheduled: deliveryRescheduledTemplates.sv,
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
    order_confirmation: orderConfirmationTemplates.en,
    new_order: newOrderTemplates.en,
    pickup_ready: pickupReadyTemplates.en,
    pickup_reminder: pickupReminderTemplates.en,
    shop_pickup_ready: shopPickupReadyTemplates.en,
    booking_confirmed: bookingConfirmedTemplates.en,
    booking_missed: bookingMissedTemplates.en,
    order_cancelled: orderCancelledTemplates.en,
    order_withdrawn: orderWithdrawnTemplates.en,
    shop_review_decision: shopReviewDecisionTemplates.en,
    outside_refund: outsideRefundTemplates.en,
    payment_disputed: paymentDisputedTemplates.en,
    service_request_new: serviceRequestNoticeTemplates.en,
    service_request_receipt: serviceRequestReceiptTemplates.en,
    service_request_declined: serviceRequestDeclinedTemplates.en,
    order_declined: orderDeclinedTemplates.en,
    household_decision: householdDecisionTemplates.en,
    delivery_on_its_way: deliveryOnItsWayTemplates.en,
    delivery_delivered: deliveryDeliveredTemplates.en,
    delivery_failed: deliveryFailedTemplates.en,
    delivery_rescheduled: deliveryRescheduledTemplates.en,
    invitation_carrier: carrierInvitationTemplates.en,
    carrier_report_decision: carrierReportDecisionTemplates.en,
    carrier_report_forwarded: carrierReportForwardedTemplates.en,
  },
  // Names stay in the nominative (no genitiveOf, no official Swedish name): "Kunta Arjeplog",
  // "kauppa Bageriet", or after a label ("Kunta: Arjeplog").
  fi: {
    password_reset: ({ name, link }) => ({
      subject: 'Vaihda salasanasi e-galleriaan',
      text: `Hei ${name}!\n\nJoku (toivottavasti sinä) pyysi uutta salasanaa tilillesi e-galleriassa.\nValitse uusi salasana tunnin kuluessa tästä:\n\n${link}\n\nJos et itse pyytänyt uutta salasanaa, voit jättää tämän viestin huomiotta; salasanasi on ennallaan.\n`,
    }),
    login_locked: ({ name, link }) => ({
      subject: 'Monta epäonnistunutta kirjautumisyritystä tilillesi e-galleriassa',
      text: `Hei ${name}!\n\nTilillesi e-galleriassa on yritetty kirjautua monella väärällä salasanalla. Tilin suojaamiseksi emme tunnin ajan ota vastaan uusia yrityksiä selaimista, joilla tilille ei ole kirjauduttu aiemmin.\n\nPääset yhä sisään selaimista, joita tavallisesti käytät. Muuten voit valita uuden salasanan vuorokauden kuluessa tästä; silloin esto poistuu ja käyttämästäsi selaimesta tulee tuttu:\n\n${link}\n\nSalasanasi on ennallaan.\n`,
    }),
    invitation_municipality_admin: ({ municipality, link }) => ({
      subject: `Kutsu: kunnan e-gallerian ylläpitäjäksi – ${municipality}`,
      text: `Hei!\n\nSinut on kutsuttu e-galleriaan ylläpitämään kunnan galleriaa. Kunta: ${municipality}.\nAvaa linkki, valitse salasana ja aloita (linkki on voimassa 7 päivää):\n\n${link}\n`,
    }),
    invitation_region_admin: ({ region, link }) => ({
      subject: `Kutsu: e-gallerian ylläpitäjäksi – ${region}`,
      text: `Hei!\n\nSinut on kutsuttu e-gallerian alueen ylläpitäjäksi. Alue: ${region}. Alueen ylläpitäjänä lisäät kunnat ja kutsut niiden ylläpitäjät.\nAvaa linkki, valitse salasana ja aloita (linkki on voimassa 7 päivää):\n\n${link}\n`,
    }),
    invitation_shop_owner: ({ shop, municipality, link }) => ({
      subject: `Kutsu: avaa kauppa ${shop} e-galleriaan – ${municipality}`,
      text: `Hei!\n\nKunta ${municipality} kutsuu kaupan ${shop} e-galleriaansa, jossa paikkakunnan kaupat myyvät verkossa ja asiakkaat noutavat ostoksensa kylistä.\nAvaa linkki, luo tilisi ja täytä kaupan tiedot (linkki on voimassa 7 päivää):\n\n${link}\n\nKun olet lähettänyt tiedot, kunta tarkistaa ne ennen kuin kauppa tulee näkyviin.\n`,
    }),
    invitation_shop_staff: ({ shop, link }) => ({
      subject: `Kutsu: työskentele kaupassa ${shop} e-galleriassa`,
      text: `Hei!\n\nSinut on kutsuttu työskentelemään kaupassa ${shop} e-galleriassa.\nPääset alkuun tästä linkistä (linkki on voimassa 7 päivää):\n\n${link}\n`,
    }),
    invitation_service_point_operator: ({ servicePoint, municipality, link }) => ({
      subject: `Kutsu: hoida palvelupistettä ${servicePoint}`,
      text: `Hei!\n\nKunta ${municipality} kutsuu sinut e-galleriaan hoitamaan palvelupistettä ${servicePoint}, josta kylän asukkaat noutavat tuotteensa.\nPääset alkuun tästä linkistä (linkki on voimassa 7 päivää):\n\n${link}\n`,
    }),
    welcome: ({ name, link }) => ({
      subject: 'Tervetuloa e-galleriaan',
      text: `Hei ${name}!\n\nTilisi on luotu. Teet ostoksia samalla tilillä kaikkien kuntien gallerioissa:\n\n${link}\n`,
    }),
    registration_confirm: ({ name, link }) => ({
      subject: 'Vahvista sähköpostiosoitteesi e-galleriaa varten',
      text: `Hei ${name}!\n\nLuo tilisi e-galleriaan tästä linkistä (linkki on voimassa vuorokauden):\n\n${link}\n\nJos et itse halunnut luoda tiliä, voit jättää tämän viestin huomiotta; tiliä ei luoda.\n`,
    }),
    registration_existing: ({ name, loginLink, resetLink }) => ({
      subject: 'Sinulla on jo tili e-galleriassa',
      text: `Hei ${name}!\n\nJoku (toivottavasti sinä) yritti luoda tilin e-galleriaan tällä sähköpostiosoitteella. Sinulla on jo tili, joten uutta ei luotu.\n\nKirjaudu sisään tästä:\n${loginLink}\n\nJos olet unohtanut salasanasi, voit valita uuden tästä:\n${resetLink}\n\nJos et itse yrittänyt luoda tiliä, voit jättää tämän viestin huomiotta; tilisi on ennallaan.\n`,
    }),
    order_confirmation: orderConfirmationTemplates.fi,
    new_order: newOrderTemplates.fi,
    pickup_ready: pickupReadyTemplates.fi,
    pickup_reminder: pickupReminderTemplates.fi,
    shop_pickup_ready: shopPickupReadyTemplates.fi,
    booking_confirmed: bookingConfirmedTemplates.fi,
    booking_missed: bookingMissedTemplates.fi,
    order_cancelled: orderCancelledTemplates.fi,
    order_withdrawn: orderWithdrawnTemplates.fi,
    shop_review_decision: shopReviewDecisionTemplates.fi,
    outside_refund: outsideRefundTemplates.fi,
    payment_disputed: paymentDisputedTemplates.fi,
    service_request_new: serviceRequestNoticeTemplates.fi,
    service_request_receipt: serviceRequestReceiptTemplates.fi,
    service_request_declined: serviceRequestDeclinedTemplates.fi,
    order_declined: orderDeclinedTemplates.fi,
    household_decision: householdDecisionTemplates.fi,
    delivery_on_its_way: deliveryOnItsWayTemplates.fi,
    delivery_delivered: deliveryDeliveredTemplates.fi,
    delivery_failed: deliveryFailedTemplates.fi,
    delivery_rescheduled: deliveryRescheduledTemplates.fi,
    invitation_carrier: carrierInvitationTemplates.fi,
    carrier_report_decision: carrierReportDecisionTemplates.fi,
    carrier_report_forwarded: carrierReportForwardedTemplates.fi,
  },
};
