import type { Locale } from '@e-galleria/shared/locales';
import type { RenderedMail } from './mail-format.ts';

/**
 * A service request (decision 0071): the shop hears of it with everything it needs to call
 * back, the resident gets a receipt, and hears if the shop declines. Nothing here is an order:
 * no price, no payment, no promised time.
 */
export type ServiceRequestDetails = {
  shop: string;
  product: string;
  name: string;
  email: string;
  phone: string;
  /** "Storvägen 14, 938 30 Laisvall". */
  address: string;
  preferredTime: string;
  message: string | null;
};

/** To the shop: the request and its page of requests. */
export type ServiceRequestNotice = ServiceRequestDetails & { link: string };

export type ServiceRequestDeclined = {
  shop: string;
  product: string;
  name: string;
  reason: string | null;
};

function svDetails(p: ServiceRequestDetails): string {
  return [
    `Tjänst: ${p.product}`,
    `Namn: ${p.name}`,
    `Telefon: ${p.phone}`,
    `E-post: ${p.email}`,
    `Adress: ${p.address}`,
    `När passar det: ${p.preferredTime}`,
    ...(p.message ? [`Meddelande: ${p.message}`] : []),
  ].join('\n');
}

function enDetails(p: ServiceRequestDetails): string {
  return [
    `Service: ${p.product}`,
    `Name: ${p.name}`,
    `Phone: ${p.phone}`,
    `E-mail: ${p.email}`,
    `Address: ${p.address}`,
    `When it suits: ${p.preferredTime}`,
    ...(p.message ? [`Message: ${p.message}`] : []),
  ].join('\n');
}

function fiDetails(p: ServiceRequestDetails): string {
  return [
    `Palvelu: ${p.product}`,
    `Nimi: ${p.name}`,
    `Puhelin: ${p.phone}`,
    `Sähköposti: ${p.email}`,
    `Osoite: ${p.address}`,
    `Sopiva aika: ${p.preferredTime}`,
    ...(p.message ? [`Viesti: ${p.message}`] : []),
  ].join('\n');
}

export const serviceRequestNoticeTemplates: Record<
  Locale,
  (params: ServiceRequestNotice) => RenderedMail
> = {
  sv: (p) => ({
    subject: `Ny förfrågan: ${p.product}`,
    text: `Hej!\n\n${p.name} har skickat en förfrågan till ${p.shop} i e-galleria:\n\n${svDetails(p)}\n\nRing eller mejla och kom överens om tid, adress och betalning. Markera sedan förfrågan som besvarad, eller avböj den:\n${p.link}\n`,
  }),
  en: (p) => ({
    subject: `New request: ${p.product}`,
    text: `Hello,\n\n${p.name} has sent ${p.shop} a request on e-galleria:\n\n${enDetails(p)}\n\nCall or e-mail to agree on time, address and payment. Then mark the request answered, or decline it:\n${p.link}\n`,
  }),
  fi: (p) => ({
    subject: `Uusi tiedustelu: ${p.product}`,
    text: `Hei!\n\n${p.name} on lähettänyt tiedustelun kauppaan ${p.shop} e-galleriassa:\n\n${fiDetails(p)}\n\nSoita tai lähetä sähköpostia ja sovi ajasta, osoitteesta ja maksusta. Merkitse sitten tiedustelu vastatuksi tai hylkää se:\n${p.link}\n`,
  }),
};

export const serviceRequestReceiptTemplates: Record<
  Locale,
  (params: ServiceRequestDetails) => RenderedMail
> = {
  sv: (p) => ({
    subject: `Din förfrågan till ${p.shop}`,
    text: `Hej ${p.name}!\n\nDin förfrågan är skickad till ${p.shop}. De hör av sig till dig, och ni bestämmer tid, adress och betalning tillsammans. Inget är bokat eller betalt än.\n\n${svDetails(p)}\n`,
  }),
  en: (p) => ({
    subject: `Your request to ${p.shop}`,
    text: `Hello ${p.name},\n\nYour request has been sent to ${p.shop}. They will contact you, and you agree on time, address and payment together. Nothing is booked or paid yet.\n\n${enDetails(p)}\n`,
  }),
  fi: (p) => ({
    subject: `Tiedustelusi kauppaan ${p.shop}`,
    text: `Hei ${p.name}!\n\nTiedustelusi on lähetetty kauppaan ${p.shop}. Kauppa ottaa sinuun yhteyttä, ja sovitte yhdessä ajasta, osoitteesta ja maksusta. Mitään ei ole vielä varattu eikä maksettu.\n\n${fiDetails(p)}\n`,
  }),
};

export const serviceRequestDeclinedTemplates: Record<
  Locale,
  (params: ServiceRequestDeclined) => RenderedMail
> = {
  sv: (p) => ({
    subject: `${p.shop} kan inte ta din förfrågan`,
    text: `Hej ${p.name}!\n\n${p.shop} kan tyvärr inte ta din förfrågan om ${p.product}.${p.reason ? `\n\nButiken skriver: ${p.reason}` : ''}\n`,
  }),
  en: (p) => ({
    subject: `${p.shop} cannot take your request`,
    text: `Hello ${p.name},\n\n${p.shop} is sorry that it cannot take your request for ${p.product}.${p.reason ? `\n\nThe shop writes: ${p.reason}` : ''}\n`,
  }),
  fi: (p) => ({
    subject: `${p.shop} ei voi ottaa tiedusteluasi vastaan`,
    text: `Hei ${p.name}!\n\n${p.shop} ei valitettavasti voi ottaa vastaan tiedusteluasi palvelusta ${p.product}.${p.reason ? `\n\nKauppa kirjoittaa: ${p.reason}` : ''}\n`,
  }),
};
