import { expect, test } from 'vitest';
import { documentTitleOf } from './use-page-title.ts';

test('a page title ends with the galleria’s name once', () => {
  expect(documentTitleOf('Varukorg', 'e-galleria')).toBe('Varukorg – e-galleria');
  expect(documentTitleOf('Välkommen till Kirunas e-galleria', 'e-galleria')).toBe(
    'Välkommen till Kirunas e-galleria',
  );
  expect(documentTitleOf('e-galleria', 'e-galleria')).toBe('e-galleria');
});
