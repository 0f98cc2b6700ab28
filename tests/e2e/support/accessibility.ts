import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Runs axe on the page as it is now and fails on serious or critical violations, listing
 * each rule with the offending elements so the failure explains itself.
 *
 * Legacy mode runs axe in the page itself: the default runs it per frame and then finishes in
 * a new blank page, which costs a second per check here (about 100 checks) and only matters
 * for pages with iframes, which the galleria has none of. Only violations are collected.
 */
export async function expectNoSeriousAccessibilityViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .options({ resultTypes: ['violations'] })
    .setLegacyMode(true)
    .analyze();
  const serious = results.violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
  const report = serious.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n` +
      violation.nodes.map((node) => `    ${node.target.join(' ')}`).join('\n'),
  );
  expect(report, `axe violations on ${page.url()}`).toEqual([]);
}
