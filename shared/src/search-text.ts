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

/**
 * The tails of long words, for Swedish compounds: the head of a compound is its last part
 * (`räksmörgås` is a kind of `smörgås`, `knäckebröd` of `bröd`), so indexing each word's
 * endings of 4 letters and more — leaving at least 3 letters off the front — lets a search for
 * `smörgås` or `bröd` find them. Works on folded text; the tails go in the document's body,
 * where they weigh less than the title's own words.
 */
export function compoundTails(foldedText: string): string[] {
  const tails = new Set<string>();
  for (const word of foldedText.split(' '))
    for (let start = 3; word.length - start >= 4; start++) tails.add(word.slice(start));
  return [...tails];
}
