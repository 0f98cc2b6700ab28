import { describe, expect, it } from 'vitest';
import { compoundTails, foldForSearch, searchTerms } from './search-text.ts';

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
