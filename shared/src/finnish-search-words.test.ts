import { describe, expect, it } from 'vitest';
import { finnishToSwedish, swedishWordsFor } from './finnish-search-words.ts';
import { foldForSearch } from './search-text.ts';

describe('Finnish words for goods', () => {
  it('give the Swedish words shops write', () => {
    expect(swedishWordsFor('maito')).toEqual(['mjolk']);
    expect(swedishWordsFor(foldForSearch('leipä'))).toEqual(['brod']);
    expect(swedishWordsFor(foldForSearch('näkkileipä'))).toEqual(['knackebrod']);
  });

  it('match a long word’s inflected forms, adding at most three letters', () => {
    expect(swedishWordsFor(foldForSearch('leipää'))).toEqual(['brod']);
    expect(swedishWordsFor('kahvia')).toEqual(['kaffe']);
    expect(swedishWordsFor('makkaraa')).toEqual(['korv']);
    expect(swedishWordsFor('juustoineen')).toEqual([]);
  });

  it('match a short word only whole, and know nothing of other words', () => {
    expect(swedishWordsFor('voi')).toEqual(['smor']);
    expect(swedishWordsFor('voimakas')).toEqual([]);
    expect(swedishWordsFor('kalastus')).toEqual([]);
    expect(swedishWordsFor('mjolk')).toEqual([]);
    expect(swedishWordsFor('constructor')).toEqual([]);
  });

  it('hold only single folded words on both sides, so none can carry search syntax', () => {
    for (const [finnish, swedish] of finnishToSwedish) {
      expect(finnish).toMatch(/^[a-z]+$/);
      for (const word of swedish) expect(word).toMatch(/^[a-z]+$/);
    }
  });
});
