import { describe, expect, it } from 'vitest';
import {
  compoundTails,
  foldForSearch,
  searchTerms,
  searchWordsOf,
  similarWordThreshold,
  trigramSimilarity,
  trigramsOf,
} from './search-text.ts';

describe('foldForSearch', () => {
  it('folds å, ä and ö so that spellings without them match', () => {
    expect(foldForSearch('Räksmörgås')).toBe(foldForSearch('raksmorgas'));
    expect(foldForSearch('RÄKSMÖRGÅS')).toBe('raksmorgas');
  });

  it('turns punctuation into word breaks', () => {
    expect(foldForSearch('Kött- & chark: älg/ren')).toBe('kott chark alg ren');
  });

  it('handles other diacritics and Nordic letters', () => {
    expect(foldForSearch('Crème brûlée, smørrebrød, Æble')).toBe('creme brulee smorrebrod aeble');
  });
});

describe('searchTerms', () => {
  it('gives distinct folded words, bounded in number', () => {
    expect(searchTerms('  Räk räk SMÖRGÅS ')).toEqual(['rak', 'smorgas']);
    expect(searchTerms('a b c d e f g h i j')).toHaveLength(8);
  });

  it('gives nothing for a query of punctuation only', () => {
    expect(searchTerms(' -*"() ')).toEqual([]);
  });
});

describe('compoundTails', () => {
  it('gives the endings of long words, so a compound’s head finds it', () => {
    expect(compoundTails('raksmorgas')).toEqual(['smorgas', 'morgas', 'orgas', 'rgas']);
    expect(compoundTails('knackebrod tunnbrod')).toContain('brod');
  });

  it('leaves short words alone', () => {
    expect(compoundTails('mjolk ost')).toEqual([]);
  });
});

describe('searchWordsOf', () => {
  it('keeps each word folded and as written, once', () => {
    expect(searchWordsOf('Färsk Mjölk, mjölk 3 %')).toEqual([
      { word: 'farsk', shown: 'färsk', isWholeWord: true },
      { word: 'mjolk', shown: 'mjölk', isWholeWord: true },
    ]);
  });

  it('adds the compound tails the index holds, and says a tail written alone is a word', () => {
    expect(searchWordsOf('Mellanmjölk')).toEqual([
      { word: 'mellanmjolk', shown: 'mellanmjölk', isWholeWord: true },
      ...compoundTails('mellanmjolk').map((word) => ({
        word,
        shown: word.replace('jolk', 'jölk'),
        isWholeWord: false,
      })),
    ]);
    expect(searchWordsOf('Lättmjölk och mjölk')).toContainEqual({
      word: 'mjolk',
      shown: 'mjölk',
      isWholeWord: true,
    });
  });

  it('leaves out short words, numbers and words folding breaks in two', () => {
    expect(searchWordsOf('Te på 500 g')).toEqual([]);
    expect(searchWordsOf('Ŋaŋŋo-sirup')).toEqual([
      { word: 'sirup', shown: 'sirup', isWholeWord: true },
    ]);
  });
});

describe('trigramSimilarity', () => {
  it('pads words as pg_trgm does', () => {
    expect([...trigramsOf('ost')]).toEqual(['  o', ' os', 'ost', 'st ']);
  });

  it('gives pg_trgm’s figures, so a typo is close and another word is not', () => {
    // SELECT similarity('mjok', 'mjolk') on PostgreSQL: 0.375.
    expect(trigramSimilarity('mjok', 'mjolk')).toBe(0.375);
    expect(trigramSimilarity('mjolk', 'mjolk')).toBe(1);
    expect(trigramSimilarity('mjok', 'mjolk')).toBeGreaterThanOrEqual(similarWordThreshold);
    expect(trigramSimilarity('mjok', 'mjuk')).toBeLessThan(similarWordThreshold);
    expect(trigramSimilarity('mjok', 'kaffe')).toBe(0);
  });
});
