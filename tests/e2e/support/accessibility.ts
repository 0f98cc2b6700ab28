import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const options: axe.RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
  resultTypes: ['violations'],
};

type WindowWithAxe = Window & { axe?: typeof axe };

/**
 * Runs axe on the page as it is now and fails on serious or critical violations, listing
 * each rule with the offending elements so the failure explains itself.
 *
 * axe-core is put into the page once per document and then run there (`axe.run`), as the
 * galleria has no iframes. `@axe-core/playwright`'s legacy mode evaluated axe's 600 kB source
 * twice on every check, which was about half of each check's time (decision 0059).
 */
export async function expectNoSeriousAccessibilityViolations(page: Page): Promise<void> {
  const hasAxe = await page.evaluate(() => (window as WindowWithAxe).axe !== undefined);
  if (!hasAxe) await page.evaluate(axe.source);
  const violations = await page.evaluate(async (runOptions) => {
    const inPage = (window as WindowWithAxe).axe;
    if (!inPage) throw new Error('axe-core is not in the page (did it navigate away?)');
    return (await inPage.run(document, runOptions)).violations;
  }, options);
  const serious = violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
  const report = serious.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? ''}): ${violation.help}\n` +
      violation.nodes.map((node) => `    ${node.target.join(' ')}`).join('\n'),
  );
  expect(report, `axe violations on ${page.url()}`).toEqual([]);
}
