import type { Locale } from '@e-galleria/shared/locales';
import type { RenderedMail } from './mail-format.ts';

/**
 * The municipality decided on a shop: its owners are told, and why when it is sent back. A
 * walk found a shop approved and published, or suspended, without its owner hearing of it.
 */
export type ShopReviewDecision = {
  shop: string;
  municipality: string;
  action: 'approve' | 'return' | 'suspend' | 'reinstate';
  comment: string | null;
  /** The shop's own pages. */
  link: string;
};

const svTexts = {
  approve: (p: ShopReviewDecision) => ({
    subject: `${p.shop} är godkänd och syns nu i e-galleria`,
    text: `${p.municipality} har godkänt ${p.shop}. Butiken och dess publicerade varor syns nu i gallerian.`,
  }),
  return: (p: ShopReviewDecision) => ({
    subject: `${p.municipality} vill att ni ändrar något i ${p.shop}`,
    text: `${p.municipality} har skickat tillbaka ${p.shop} med kommentaren:\n\n${p.comment ?? ''}\n\nRätta det och skicka in butiken igen.`,
  }),
  suspend: (p: ShopReviewDecision) => ({
    subject: `${p.shop} är avstängd i e-galleria`,
    text: `${p.municipality} har stängt av ${p.shop}. Butiken och dess varor syns inte i gallerian. Kontakta kommunen om ni har frågor.`,
  }),
  reinstate: (p: ShopReviewDecision) => ({
    subject: `${p.shop} syns i e-galleria igen`,
    text: `${p.municipality} har öppnat ${p.shop} igen. Butiken och dess publicerade varor syns i gallerian.`,
  }),
};

const enTexts = {
  approve: (p: ShopReviewDecision) => ({
    subject: `${p.shop} is approved and now shown on e-galleria`,
    text: `${p.municipality} has approved ${p.shop}. The shop and its published goods are now shown in the galleria.`,
  }),
  return: (p: ShopReviewDecision) => ({
    subject: `${p.municipality} asks you to change something in ${p.shop}`,
    text: `${p.municipality} has sent ${p.shop} back with the comment:\n\n${p.comment ?? ''}\n\nCorrect it and submit the shop again.`,
  }),
  suspend: (p: ShopReviewDecision) => ({
    subject: `${p.shop} is suspended on e-galleria`,
    text: `${p.municipality} has suspended ${p.shop}. The shop and its goods are not shown in the galleria. Contact the municipality if you have questions.`,
  }),
  reinstate: (p: ShopReviewDecision) => ({
    subject: `${p.shop} is shown on e-galleria again`,
    text: `${p.municipality} has reinstated ${p.shop}. The shop and its published goods are shown in the galleria.`,
  }),
};

// "Kunta Arjeplog", "kaupan Bageriet": the common noun is inflected, never the name.
const fiTexts = {
  approve: (p: ShopReviewDecision) => ({
    subject: `${p.shop} on hyväksytty ja näkyy nyt e-galleriassa`,
    text: `Kunta ${p.municipality} on hyväksynyt kaupan ${p.shop}. Kauppa ja sen julkaistut tuotteet näkyvät nyt galleriassa.`,
  }),
  return: (p: ShopReviewDecision) => ({
    subject: `${p.shop}: kunta ${p.municipality} pyytää muutoksia`,
    text: `Kunta ${p.municipality} on palauttanut kaupan ${p.shop} kommentilla:\n\n${p.comment ?? ''}\n\nKorjaa asia ja lähetä kaupan tiedot uudelleen.`,
  }),
  suspend: (p: ShopReviewDecision) => ({
    subject: `${p.shop} on jäädytetty e-galleriassa`,
    text: `Kunta ${p.municipality} on jäädyttänyt kaupan ${p.shop}. Kauppa ja sen tuotteet eivät näy galleriassa. Ota yhteyttä kuntaan, jos sinulla on kysyttävää.`,
  }),
  reinstate: (p: ShopReviewDecision) => ({
    subject: `${p.shop} näkyy taas e-galleriassa`,
    text: `Kunta ${p.municipality} on avannut kaupan ${p.shop} uudelleen. Kauppa ja sen julkaistut tuotteet näkyvät galleriassa.`,
  }),
};

export const shopReviewDecisionTemplates: Record<
  Locale,
  (params: ShopReviewDecision) => RenderedMail
> = {
  sv: (params) => {
    const { subject, text } = svTexts[params.action](params);
    return { subject, text: `Hej!\n\n${text}\n\nButikens sidor:\n${params.link}\n` };
  },
  en: (params) => {
    const { subject, text } = enTexts[params.action](params);
    return { subject, text: `Hello,\n\n${text}\n\nThe shop's pages:\n${params.link}\n` };
  },
  fi: (params) => {
    const { subject, text } = fiTexts[params.action](params);
    return { subject, text: `Hei!\n\n${text}\n\nKaupan sivut:\n${params.link}\n` };
  },
};
