import { describe, expect, test } from 'vitest';
import { genitiveOf, municipalityOfficialNameOf } from './swedish-names.ts';

describe('Swedish names in running text', () => {
  test('every Norrbotten municipality gets its official name', () => {
    expect(
      [
        'Arjeplog',
        'Arvidsjaur',
        'Boden',
        'Gällivare',
        'Haparanda',
        'Jokkmokk',
        'Kalix',
        'Kiruna',
        'Luleå',
        'Pajala',
        'Piteå',
        'Älvsbyn',
        'Överkalix',
        'Övertorneå',
      ].map(municipalityOfficialNameOf),
    ).toEqual([
      'Arjeplogs kommun',
      'Arvidsjaurs kommun',
      'Bodens kommun',
      'Gällivare kommun',
      'Haparanda kommun',
      'Jokkmokks kommun',
      'Kalix kommun',
      'Kiruna kommun',
      'Luleå kommun',
      'Pajala kommun',
      'Piteå kommun',
      'Älvsbyns kommun',
      'Överkalix kommun',
      'Övertorneå kommun',
    ]);
  });

  test('a genitive adds no s after s, x or z', () => {
    expect(genitiveOf('Arjeplog')).toBe('Arjeplogs');
    expect(genitiveOf('Gällivare')).toBe('Gällivares');
    expect(genitiveOf('Kalix')).toBe('Kalix');
    expect(genitiveOf('Silvervägens Livs')).toBe('Silvervägens Livs');
  });
});
