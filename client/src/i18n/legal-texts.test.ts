import { describe, expect, it } from 'vitest';
import { enLegal } from './en-legal.ts';
import { fiLegal } from './fi-legal.ts';
import { legalDocumentNames, type LegalTexts } from './legal-texts.ts';
import { svLegal } from './sv-legal.ts';

/** Sections, paragraphs and list items counted, so a translation cannot drop one. */
function shapeOf(texts: LegalTexts) {
  return legalDocumentNames.map((name) =>
    texts.documents[name].sections.map((section) =>
      section.body.map((part) => (typeof part === 'string' ? 'paragraph' : part.length)),
    ),
  );
}

describe('the legal pages', () => {
  it('say in English and Finnish everything they say in Swedish, section by section', () => {
    expect(shapeOf(enLegal)).toEqual(shapeOf(svLegal));
    expect(shapeOf(fiLegal)).toEqual(shapeOf(svLegal));
  });

  it('say in Finnish that the Swedish text governs', () => {
    expect(fiLegal.version).toMatch(/^Ruotsinkielinen teksti on sitova/);
  });

  it('cover what a resident must be told: stored data, retention, rights, 14 days and its exceptions', () => {
    const text = (name: (typeof legalDocumentNames)[number]) =>
      JSON.stringify(svLegal.documents[name]);
    expect(text('privacy')).toMatch(/Hur länge vi sparar/);
    expect(text('privacy')).toMatch(/Integritetsskyddsmyndigheten/);
    expect(text('withdrawal')).toMatch(/14 dagar/);
    expect(text('withdrawal')).toMatch(/kylvaror och frysvaror/);
    expect(text('withdrawal')).toMatch(/bestämd dag eller tid/);
    expect(text('cookies')).toMatch(/galleria_session/);
    expect(text('cookies')).toMatch(/galleria_basket/);
  });
});
