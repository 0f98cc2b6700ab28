import type { Locale } from '@e-galleria/shared/locales';
import { municipalityOfficialNameOf } from '@e-galleria/shared/swedish-names';
import type { RenderedMail } from './mail-format.ts';

/** The municipality invites someone to drive home deliveries for a carrier (decision 0020). */
export type CarrierInvitation = { carrier: string; municipality: string; link: string };

export const carrierInvitationTemplates: Record<
  Locale,
  (params: CarrierInvitation) => RenderedMail
> = {
  sv: ({ carrier, municipality, link }) => ({
    subject: `Inbjudan: kör hemleveranser för ${carrier}`,
    text: `Hej!\n\n${municipalityOfficialNameOf(municipality)} bjuder in dig att köra hemleveranser för ${carrier} i e-galleria. Du ser dagens leveranser i telefonen och bockar av dem när de är levererade.\nFölj länken för att komma igång (länken gäller i 7 dagar):\n\n${link}\n`,
  }),
  en: ({ carrier, municipality, link }) => ({
    subject: `Invitation: deliver home for ${carrier}`,
    text: `Hello!\n\n${municipality} municipality invites you to drive home deliveries for ${carrier} in e-galleria. You see the day's deliveries on your phone and mark them delivered.\nFollow the link to get started (the link is valid for 7 days):\n\n${link}\n`,
  }),
  fi: ({ carrier, municipality, link }) => ({
    subject: `Kutsu: aja kotiinkuljetuksia kuljetusyritykselle ${carrier}`,
    text: `Hei!\n\nKunta ${municipality} kutsuu sinut ajamaan kotiinkuljetuksia kuljetusyritykselle ${carrier} e-galleriassa. Näet päivän toimitukset puhelimestasi ja merkitset ne toimitetuiksi.\nPääset alkuun tästä linkistä (linkki on voimassa 7 päivää):\n\n${link}\n`,
  }),
};
