import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { enLegal } from './en-legal.ts';
import { enStatistics } from './en-statistics.ts';
import { fi } from './fi.ts';
import { fiLegal } from './fi-legal.ts';
import { fiStatistics } from './fi-statistics.ts';
import { sv } from './sv.ts';
import { svLegal } from './sv-legal.ts';
import { svStatistics } from './sv-statistics.ts';

// Every translation against its Swedish source (DESIGN §8: no text without a translation).
// The types hold the keys; this holds what types cannot: no string left out or added, every
// {{placeholder}} and <1>tag</1> kept, and Finnish that is Finnish, not Swedish left behind.

type Texts = { [key: string]: string | readonly unknown[] | Texts };

/** Every string of a tree of texts, by its dotted path. */
function stringsOf(texts: unknown, path = ''): Map<string, string> {
  const strings = new Map<string, string>();
  if (typeof texts === 'string') strings.set(path, texts);
  else if (texts && typeof texts === 'object')
    for (const [key, value] of Object.entries(texts as Texts))
      for (const [inner, text] of stringsOf(value, path ? `${path}.${key}` : key))
        strings.set(inner, text);
  return strings;
}

/** What a translation must carry over unchanged: placeholders, nested keys and tags. */
const marksOf = (text: string) =>
  [...text.matchAll(/\{\{[^}]*\}\}|<\/?\d+\/?>|\$t\([^)]*\)/g)]
    .map((match) => match[0].replace(/\s/g, ''))
    .sort();

const namespaces = [
  { name: 'translation', sv, en, fi },
  { name: 'statistics', sv: svStatistics, en: enStatistics, fi: fiStatistics },
  { name: 'legal', sv: svLegal, en: enLegal, fi: fiLegal },
] as const;

describe.each(namespaces)('the $name texts', (namespace) => {
  const source = stringsOf(namespace.sv);

  it.each(['en', 'fi'] as const)('in %s have every Swedish string and no other', (locale) => {
    const translated = stringsOf(namespace[locale]);
    // The legal pages' version line says, in a translation, that the Swedish text governs.
    expect([...translated.keys()].sort()).toEqual([...source.keys()].sort());
  });

  it.each(['en', 'fi'] as const)('in %s keep every placeholder and tag', (locale) => {
    const translated = stringsOf(namespace[locale]);
    const differing = [...source].filter(
      ([path, text]) => marksOf(text).join() !== marksOf(translated.get(path) ?? '').join(),
    );
    expect(differing.map(([path]) => path)).toEqual([]);
  });
});

describe('Finnish', () => {
  it('is not Swedish left untranslated', () => {
    // A word with å, or one of Swedish's commonest words, in a Finnish text is a string that
    // was copied, not translated. Names of places and shops come from data, not from here.
    const swedish = /å|\b(och|att|för|eller|inte|din|ditt|dina|som|med|till|från|har|kan|ska)\b/i;
    const left = namespaces.flatMap((namespace) =>
      [...stringsOf(namespace.fi)]
        .filter(([, text]) => swedish.test(text.replace(/\{\{[^}]*\}\}/g, '')))
        .map(([path, text]) => `${namespace.name}: ${path}: ${text}`),
    );
    expect(left).toEqual(allowedSwedishInFinnish);
  });
});

/** Finnish texts that rightly carry Swedish: the spelling hint names Swedish letters. */
const allowedSwedishInFinnish = [
  'translation: catalogue.search.suggestionSpelling: Tarkista kirjoitusasu tai hae ilman kirjaimia å, ä ja ö.',
];
