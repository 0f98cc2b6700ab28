import { searchWordsOf } from '@e-galleria/shared/search-text';
import { describe, expect, it } from 'vitest';
import { type SpellingSources, suggestSpelling } from './spelling-suggestion.ts';

/**
 * The rule alone, over a vocabulary in a list: which word is taken for the word meant, and
 * when nothing is suggested. The engines' part (the trigram indexes, the search that checks
 * a suggestion) is tested through the API on both (tests/api/catalogue-spelling.test.ts).
 */
function sourcesOf(titles: string[], findable: (query: string) => boolean): SpellingSources {
  const words = titles.flatMap((title) => searchWordsOf(title));
  return {
    startsSomeWord: (term) => Promise.resolve(words.some((word) => word.word.startsWith(term))),
    // Every word as a candidate: the rule ranks them itself.
    wordsLike: () => Promise.resolve(words),
    wordsIn: (asked) => Promise.resolve(words.filter((word) => asked.includes(word.word))),
    findsAny: (query) => Promise.resolve(findable(query)),
  };
}

const always = () => true;

describe('suggestSpelling', () => {
  it('replaces the misspelt word, keeps the others as typed, and shows å, ä and ö', async () => {
    const sources = sourcesOf(['Färsk mjölk', 'Rökt korv'], always);
    expect(await suggestSpelling('Färsk mjök', sources)).toBe('Färsk mjölk');
  });

  it('tries the next likeliest word when the likeliest finds nothing with the filters', async () => {
    const sources = sourcesOf(['Kaffe', 'Kaffer'], (query) => query === 'kaffer');
    expect(await suggestSpelling('kafer', sources)).toBe('kaffer');
    expect(
      await suggestSpelling(
        'kafe',
        sourcesOf(['Kaffe'], () => false),
      ),
    ).toBeNull();
  });

  it('prefers a word written alone to the same likeness in a compound’s tail', async () => {
    // "stekk" is as like "stekt" as "steka", the tail of "pannsteka" (4 of 8 trigrams each).
    const sources = sourcesOf(['Pannsteka', 'Stekt lax'], always);
    expect(await suggestSpelling('stekk', sources)).toBe('stekt');
  });

  it('takes a tail only when about as long as the typo, never a word under the threshold', async () => {
    expect(await suggestSpelling('mjök', sourcesOf(['Mellanmjölk'], always))).toBe('mjölk');
    expect(await suggestSpelling('lingom', sourcesOf(['Mangling'], always))).toBeNull();
    expect(await suggestSpelling('mjök', sourcesOf(['Mjuk kaka'], always))).toBeNull();
  });

  it('finds a word typed with two neighbouring letters swapped, which trigrams miss', async () => {
    // mjlok shares 2 of 10 trigrams with mjolk (0.2): under the threshold, yet one slip away.
    expect(await suggestSpelling('mjlök', sourcesOf(['Mellanmjölk'], always))).toBe('mjölk');
    expect(await suggestSpelling('sot', sourcesOf(['Ost från Laisvall'], always))).toBe('ost');
    // The swap comes before a word over the threshold: "kovr" is korv, not kovan (0.375).
    expect(await suggestSpelling('kovr', sourcesOf(['Kovan', 'Korv'], always))).toBe('korv');
  });

  it('leaves short words, numbers and starts of words alone', async () => {
    const sources = sourcesOf(['Ost 500 g', 'Mjölk'], always);
    expect(await suggestSpelling('os', sources)).toBeNull();
    expect(await suggestSpelling('501', sources)).toBeNull();
    expect(await suggestSpelling('mjö', sources)).toBeNull();
  });
});
