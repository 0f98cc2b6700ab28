import type { Locale } from '@e-galleria/shared/locales';
import { municipalityOfficialNameOf } from '@e-galleria/shared/swedish-names';
import type { RenderedMail } from './mail-format.ts';

/**
 * The municipality decided on a household's home delivery: the resident is told what and why.
 * The ground the resident gave stays out of the mail (decision 0021): the account page shows it.
 */
export type HouseholdDecision = {
  name: string;
  municipality: string;
  decision: 'approved' | 'declined' | 'revoked';
  /** Why it was declined or revoked. */
  reason: string | null;
  address: string;
  link: string;
};

export const householdDecisionTemplates: Record<
  Locale,
  (params: HouseholdDecision) => RenderedMail
> = {
  sv: ({ name, municipality, decision, reason, address, link }) => {
    const why = reason ? `\n\nKommunens motivering: ${reason}` : '';
    const texts = {
      approved: {
        subject: `${municipalityOfficialNameOf(municipality)} har beviljat hemsändning`,
        body: `${municipalityOfficialNameOf(municipality)} har beviljat ditt hushåll hemsändning av varor till ${address}. Du betalar kommunens pris för hemsändning när du väljer hemleverans i kassan.`,
      },
      declined: {
        subject: `${municipalityOfficialNameOf(municipality)} har avslagit din ansökan om hemsändning`,
        body: `${municipalityOfficialNameOf(municipality)} har avslagit din ansökan om hemsändning till ${address}.${why}\n\nDu kan ansöka igen om något ändras.`,
      },
      revoked: {
        subject: `${municipalityOfficialNameOf(municipality)} har avslutat din hemsändning`,
        body: `${municipalityOfficialNameOf(municipality)} har avslutat beslutet om hemsändning till ${address}.${why}\n\nDu kan ansöka igen om något ändras.`,
      },
    }[decision];
    return {
      subject: texts.subject,
      text: `Hej ${name}!\n\n${texts.body}\n\nSe dina adresser och beslut:\n${link}\n\nHar du frågor om beslutet? Kontakta ${municipalityOfficialNameOf(municipality)}.\n`,
    };
  },
  en: ({ name, municipality, decision, reason, address, link }) => {
    const why = reason ? `\n\nThe municipality's reason: ${reason}` : '';
    const texts = {
      approved: {
        subject: `${municipality} municipality has approved home delivery`,
        body: `The municipality of ${municipality} has approved your household for home delivery of goods to ${address}. You pay the municipality's home-delivery price when you choose home delivery at the checkout.`,
      },
      declined: {
        subject: `${municipality} municipality has declined your home-delivery application`,
        body: `The municipality of ${municipality} has declined your application for home delivery to ${address}.${why}\n\nYou may apply again if something changes.`,
      },
      revoked: {
        subject: `${municipality} municipality has ended your home delivery`,
        body: `The municipality of ${municipality} has ended its decision on home delivery to ${address}.${why}\n\nYou may apply again if something changes.`,
      },
    }[decision];
    return {
      subject: texts.subject,
      text: `Hello ${name},\n\n${texts.body}\n\nSee your addresses and decisions:\n${link}\n\nQuestions about the decision? Contact the municipality of ${municipality}.\n`,
    };
  },
  // "Kunta Arjeplog": the municipality's name stays in the nominative, beside the common noun.
  fi: ({ name, municipality, decision, reason, address, link }) => {
    const why = reason ? `\n\nKunnan perustelu: ${reason}` : '';
    const texts = {
      approved: {
        subject: `Kunta ${municipality} on hyväksynyt kotiinkuljetuksen`,
        body: `Kunta ${municipality} on hyväksynyt kotitaloudellesi tuotteiden kotiinkuljetuksen osoitteeseen ${address}. Maksat kunnan kotiinkuljetushinnan, kun valitset kassalla kotiinkuljetuksen.`,
      },
      declined: {
        subject: `Kunta ${municipality} on hylännyt kotiinkuljetushakemuksesi`,
        body: `Kunta ${municipality} on hylännyt hakemuksesi kotiinkuljetuksesta osoitteeseen ${address}.${why}\n\nVoit hakea uudelleen, jos jokin muuttuu.`,
      },
      revoked: {
        subject: `Kunta ${municipality} on lopettanut kotiinkuljetuksesi`,
        body: `Kunta ${municipality} on lopettanut kotiinkuljetuksesi osoitteeseen ${address}.${why}\n\nVoit hakea uudelleen, jos jokin muuttuu.`,
      },
    }[decision];
    return {
      subject: texts.subject,
      text: `Hei ${name}!\n\n${texts.body}\n\nKatso osoitteesi ja päätöksesi:\n${link}\n\nOnko sinulla kysyttävää päätöksestä? Ota yhteyttä kuntaan ${municipality}.\n`,
    };
  },
};
