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
    for (const start of tailStarts(word.length)) tails.add(word.slice(start));
  return [...tails];
}

/** Where a word's compound tails start: leaving at least 3 letters off, keeping at least 4. */
function tailStarts(length: number): number[] {
  const starts: number[] = [];
  for (let start = 3; length - start >= 4; start++) starts.push(start);
  return starts;
}

/** A word residents may be told to search for instead: folded, and as they would read it. */
export type SearchWord = {
  word: string;
  shown: string;
  /** Written as a word of its own somewhere; otherwise only the tail of a compound. */
  isWholeWord: boolean;
};

/**
 * The words of a text a misspelt search may be corrected to ("menade du mjölk?"): each word
 * folded as the index folds it, kept with its own spelling (lowercase, å/ä/ö kept) to show,
 * and the compound tails the index holds (`mjölk` of `mellanmjölk`: a shop rarely sells plain
 * "mjölk", yet searching for it finds every milk). Words of 3 to 40 letters only, not numbers:
 * shorter ones share no trigram with a typo, and a number is never misspelt.
 */
export function searchWordsOf(text: string): SearchWord[] {
  const found = new Map<string, SearchWord>();
  const add = (word: string, shown: string, isWholeWord: boolean) => {
    const known = found.get(word);
    if (!known) found.set(word, { word, shown: shown.slice(0, 64), isWholeWord });
    else if (isWholeWord) known.isWholeWord = true;
  };
  for (const written of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    const word = foldForSearch(written);
    if (word.length < 3 || word.length > 40 || word.includes(' ') || /^[0-9]+$/.test(word))
      continue;
    add(word, written, true);
    // Letter for letter (å to a, not æ to ae): the tail's own spelling is the same slice.
    if (word.length === written.length)
      for (const start of tailStarts(word.length))
        add(word.slice(start), written.slice(start), false);
  }
  return [...found.values()];
}

/** A folded word's trigrams as PostgreSQL's pg_trgm makes them: two spaces before, one after. */
export function trigramsOf(word: string): Set<string> {
  const padded = `  ${word} `;
  const trigrams = new Set<string>();
  for (let start = 0; start + 3 <= padded.length; start++)
    trigrams.add(padded.slice(start, start + 3));
  return trigrams;
}

/**
 * pg_trgm's `similarity`: the trigrams two words share over all their trigrams, 0 to 1. The
 * same figure on both engines, so SQLite and PostgreSQL suggest the same word.
 */
export function trigramSimilarity(a: string, b: string): number {
  const ofA = trigramsOf(a);
  const ofB = trigramsOf(b);
  let shared = 0;
  for (const trigram of ofA) if (ofB.has(trigram)) shared += 1;
  return shared / (ofA.size + ofB.size - shared);
}

/** pg_trgm's default `similarity_threshold`: below it two words are not alike enough. */
export const similarWordThreshold = 0.3;
