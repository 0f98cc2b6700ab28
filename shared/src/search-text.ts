/**
 * Search that forgives Swedish: residents type `raksmorgas` on a phone without å/ä/ö, or just
 * `räk`. Both the indexed text and the query are folded the same way (lowercase, diacritics
 * off, punctuation to spaces), so SQLite FTS5 and PostgreSQL full-text search see the same
 * words on either engine.
 */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The query's words, folded, at most `maxTerms`, each to be matched as a prefix. */
export function searchTerms(query: string, maxTerms = 8): string[] {
  const folded = foldForSearch(query);
  if (!folded) return [];
  return [...new Set(folded.split(' '))].slice(0, maxTerms);
}
