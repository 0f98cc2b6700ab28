import type { Locale } from '@e-galleria/shared/locales';
import { genitiveOf, municipalityOfficialNameOf } from '@e-galleria/shared/swedish-names';
import type { RenderedMail } from './mail-format.ts';

/** The municipality approved or returned a carrier's monthly report (issue 14). */
export type CarrierReportDecision = {
  carrier: string;
  municipality: string;
  /** YYYY-MM */
  month: string;
  approved: boolean;
  comment: string | null;
  link: string;
};

export const carrierReportDecisionTemplates: Record<
  Locale,
  (params: CarrierReportDecision) => RenderedMail
> = {
  sv: ({ carrier, municipality, month, approved, comment, link }) => ({
    subject: approved
      ? `Månadsrapporten för ${month} är godkänd`
      : `Månadsrapporten för ${month} behöver rättas`,
    text: `Hej!\n\n${municipalityOfficialNameOf(municipality)} har ${approved ? 'godkänt' : 'skickat tillbaka'} ${genitiveOf(carrier)} månadsrapport för ${month}.${comment ? `\n\nKommentar:\n${comment}` : ''}${approved ? '' : '\n\nRätta det som behövs och skicka in rapporten igen.'}\n\n${link}\n`,
  }),
  en: ({ carrier, municipality, month, approved, comment, link }) => ({
    subject: approved
      ? `The monthly report for ${month} is approved`
      : `The monthly report for ${month} needs correcting`,
    text: `Hello!\n\n${municipality} municipality has ${approved ? 'approved' : 'returned'} ${carrier}'s monthly report for ${month}.${comment ? `\n\nComment:\n${comment}` : ''}${approved ? '' : '\n\nCorrect what is needed and submit the report again.'}\n\n${link}\n`,
  }),
  // No genitive of the carrier's name: it follows a label, as the municipality's follows "Kunta".
  fi: ({ carrier, municipality, month, approved, comment, link }) => ({
    subject: approved
      ? `Kuukausiraportti ajalta ${month} on hyväksytty`
      : `Kuukausiraportti ajalta ${month} on korjattava`,
    text: `Hei!\n\nKunta ${municipality} on ${approved ? 'hyväksynyt' : 'palauttanut'} kuukausiraportin ajalta ${month} (kuljetusyritys: ${carrier}).${comment ? `\n\nKommentti:\n${comment}` : ''}${approved ? '' : '\n\nKorjaa tarvittavat kohdat ja lähetä raportti uudelleen.'}\n\n${link}\n`,
  }),
};

/** An approved monthly report forwarded as it is, its PDF attached (decision 0044). */
export type CarrierReportForwarded = {
  carrier: string;
  municipality: string;
  /** YYYY-MM */
  month: string;
  /** The municipality admin who sent it. */
  sender: string;
  message: string | null;
};

export const carrierReportForwardedTemplates: Record<
  Locale,
  (params: CarrierReportForwarded) => RenderedMail
> = {
  sv: ({ carrier, municipality, month, sender, message }) => ({
    subject: `Månadsrapport hemsändning ${month}: ${carrier} (${municipalityOfficialNameOf(municipality)})`,
    text: `Hej!\n\n${sender} på ${municipalityOfficialNameOf(municipality)} skickar ${genitiveOf(carrier)} godkända månadsrapport för hemsändning ${month}. Rapporten finns som PDF i bilagan.${message ? `\n\nMeddelande:\n${message}` : ''}\n`,
  }),
  en: ({ carrier, municipality, month, sender, message }) => ({
    subject: `Home delivery monthly report ${month}: ${carrier} (${municipality} municipality)`,
    text: `Hello!\n\n${sender} of ${municipality} municipality sends ${carrier}'s approved home delivery report for ${month}. The report is attached as a PDF.${message ? `\n\nMessage:\n${message}` : ''}\n`,
  }),
  fi: ({ carrier, municipality, month, sender, message }) => ({
    subject: `Kotiinkuljetuksen kuukausiraportti ${month}: ${carrier} (kunta: ${municipality})`,
    text: `Hei!\n\n${sender} (kunta: ${municipality}) lähettää hyväksytyn kotiinkuljetuksen kuukausiraportin ajalta ${month}. Kuljetusyritys: ${carrier}. Raportti on liitteenä PDF-tiedostona.${message ? `\n\nViesti:\n${message}` : ''}\n`,
  }),
};
