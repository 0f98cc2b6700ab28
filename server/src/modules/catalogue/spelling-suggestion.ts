import {
  foldForSearch,
  type SearchWord,
  searchTerms,
  similarWordThreshold,
  trigramSimilarity,
  trigramsOf,
} from '@e-galleria/shared/search-text';

/** What a suggestion needs to know: the vocabulary, and whether a query finds anything. */
export type SpellingSources = {
  startsSomeWord(term: string): Promise<boolean>;
  wordsLike(term: string, trigrams: readonly string[], limit: number): Promise<SearchWord[]>;
  /** Those of these exact words the vocabulary holds. */
  wordsIn(words: readonly string[]): Promise<SearchWord[]>;
  /** Whether this query, with the search's other filters as they were, finds anything. */
  findsAny(query: string): Promise<boolean>;
};

/** How many spellings of one word are tried before giving up, each one search. */
const attempts = 3;

/**
 * "Menade du …?" for a search that found nothing (decision 0058): each word that starts no
 * word of the vocabulary is taken for a typo and replaced by the most alike word by trigram
 * similarity (pg_trgm's figure, over its threshold of 0.3). The corrected query is only
 * suggested when it finds something with the same filters, so a word of another municipality's
 * products, or one no product uses any more, is never offered. Gives the query as a resident
 * would type it ("färsk mjölk"), or null.
 */
export async function suggestSpelling(
  query: string,
  sources: SpellingSources,
): Promise<string | null> {
  const corrections = new Map<string, SearchWord[]>();
  for (const term of searchTerms(query)) {
    // The vocabulary's words are 3 to 40 letters and never numbers: nothing to compare.
    if (term.length < 3 || term.length > 41 || /^[0-9]+$/.test(term)) continue;
    if (await sources.startsSomeWord(term)) continue;
    const alike = await closestWords(term, sources);
    if (alike.length > 0) corrections.set(term, alike);
  }
  if (corrections.size === 0) return null;
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (attempt > 0 && [...corrections.values()].every((alike) => alike.length <= attempt)) break;
    const corrected = rewrite(query, (term) => {
      const alike = corrections.get(term);
      return alike ? alike[Math.min(attempt, alike.length - 1)]?.shown : undefined;
    });
    if (await sources.findsAny(corrected)) return corrected;
  }
  return null;
}

/**
 * The vocabulary's words most like a term, the likeliest first: a word the term is with two
 * neighbouring letters swapped ("mjlök" for "mjölk", the slip trigrams see worst: it shares
 * two of ten), then words over the similarity threshold.
 */
async function closestWords(term: string, sources: SpellingSources): Promise<SearchWord[]> {
  const [alike, swapped] = await Promise.all([
    sources.wordsLike(term, [...trigramsOf(term)], 100),
    sources.wordsIn(neighboursSwapped(term)),
  ]);
  const isSwap = new Set(swapped.map((candidate) => candidate.word));
  return [...swapped, ...alike.filter((candidate) => !isSwap.has(candidate.word))]
    .map((candidate) => ({ candidate, similarity: trigramSimilarity(term, candidate.word) }))
    .filter(
      ({ candidate, similarity }) =>
        (isSwap.has(candidate.word) || similarity >= similarWordThreshold) &&
        // A compound's tail may be a piece of another word (the `ling` of `mangling`): it is
        // taken for the word meant only when as long as what was typed, give or take the one
        // letter a typo drops or adds ("mjök" → "mjölk"), never "lingom" → "ling".
        (candidate.isWholeWord || Math.abs(candidate.word.length - term.length) <= 1),
    )
    .sort(
      (a, b) =>
        Number(isSwap.has(b.candidate.word)) - Number(isSwap.has(a.candidate.word)) ||
        b.similarity - a.similarity ||
        // A word written alone reads better than the same likeness in a compound's tail.
        Number(b.candidate.isWholeWord) - Number(a.candidate.isWholeWord) ||
        Math.abs(a.candidate.word.length - term.length) -
          Math.abs(b.candidate.word.length - term.length) ||
        (a.candidate.word < b.candidate.word ? -1 : 1),
    )
    .slice(0, attempts)
    .map(({ candidate }) => candidate);
}

/** The term with each pair of neighbouring letters swapped: `mjlok` gives `jmlok`, `mljok`, `mjolk`… */
function neighboursSwapped(term: string): string[] {
  const swaps = new Set<string>();
  for (let at = 0; at + 1 < term.length; at++)
    if (term[at] !== term[at + 1])
      swaps.add(`${term.slice(0, at)}${term[at + 1] ?? ''}${term[at] ?? ''}${term.slice(at + 2)}`);
  return [...swaps];
}

/** The query's words as the resident wrote them, the corrected ones replaced. */
function rewrite(query: string, correctionOf: (term: string) => string | undefined): string {
  return query
    .split(/[^\p{L}\p{N}]+/u)
    .filter((written) => written.length > 0)
    .map((written) => correctionOf(foldForSearch(written)) ?? written)
    .join(' ');
}
