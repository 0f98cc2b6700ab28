/**
 * The shape of the galleria's legal pages in every language (sv-legal.ts is the source).
 * They are long and rarely read, so they are not in sv.ts/en.ts, which every page loads:
 * the legal pages' own module imports them (docs/decisions/0030).
 */
export const legalDocumentNames = ['terms', 'privacy', 'withdrawal', 'cookies'] as const;
export type LegalDocumentName = (typeof legalDocumentNames)[number];

/** A paragraph is a string; a bulleted list is an array of strings. */
export type LegalSection = { heading: string; body: readonly (string | readonly string[])[] };

export type LegalDocument = {
  title: string;
  /** One or two sentences under the title: what the page is about. */
  summary: string;
  sections: readonly LegalSection[];
};

export type LegalTexts = {
  documents: Record<LegalDocumentName, LegalDocument>;
  version: string;
};
