import { describe, expect, it } from 'vitest';
import { renderToHtml } from '../i18n/render-for-test.tsx';
import type { FormFailure } from '../lib/form-failure.ts';
import { useErrorCodeMessage } from './error-code-message.ts';

function Message({ failure }: { failure: FormFailure }) {
  return <p>{useErrorCodeMessage()(failure)}</p>;
}
const failure = (code: FormFailure['code'], left: number | null): FormFailure => ({
  code,
  fieldErrors: [],
  retryAfterSeconds: null,
  left,
});

describe('the message of a refusal for more than is left', () => {
  it('names how many are left, in both languages', () => {
    expect(renderToHtml(<Message failure={failure('out_of_stock', 3)} />)).toBe(
      '<p>Bara 3 kvar i lager. Välj färre.</p>',
    );
    expect(renderToHtml(<Message failure={failure('not_enough_places', 1)} />, 'en')).toBe(
      '<p>Only 1 place left at that time. Choose fewer or another time.</p>',
    );
  });

  it('says the general sentence when none is left or the number is not known', () => {
    expect(renderToHtml(<Message failure={failure('out_of_stock', 0)} />)).toBe(
      '<p>Det finns inte tillräckligt många kvar i lager.</p>',
    );
    expect(renderToHtml(<Message failure={failure('out_of_stock', null)} />)).toBe(
      '<p>Det finns inte tillräckligt många kvar i lager.</p>',
    );
  });
});

describe('the message of a refused overlapping period', () => {
  const overlapping = (validTo: string | null): FormFailure => ({
    code: 'agreement_overlaps',
    fieldErrors: [],
    retryAfterSeconds: null,
    overlaps: { id: 'a1', validFrom: '2026-06-01', validTo },
  });

  it('names the dates of the agreement it overlaps, in both languages', () => {
    expect(renderToHtml(<Message failure={overlapping('2027-12-31')} />)).toBe(
      '<p>Perioden överlappar ett annat avtal med samma butik. Bara ett avtal kan gälla en och samma dag. Det avtalet gäller 1 juni 2026 – 31 dec. 2027. Ändra datumen, eller avsluta eller ta bort det avtalet först.</p>',
    );
    expect(renderToHtml(<Message failure={overlapping(null)} />, 'en')).toBe(
      '<p>The period overlaps another agreement with the same shop. Only one agreement can be valid on any one day. That agreement is valid from 1 Jun 2026 until further notice. Change the dates, or end or remove that agreement first.</p>',
    );
  });
});
