import { expect, test } from 'vitest';
import { useE2eEnvironment } from './support/e2e-environment.ts';
import { demoGrocer, logIn } from './support/flows.ts';

const environment = useE2eEnvironment();

test('the account menu closes when one of its links is followed, also to the page already shown', async () => {
  const page = await environment.newPage({ viewport: { width: 390, height: 844 } });
  // The grocer lands on the shop's orders after logging in.
  await logIn(page, demoGrocer);
  const toggle = page.getByRole('button', { name: /Bengt Butiksson/ });
  await toggle.click();
  expect(await toggle.getAttribute('aria-expanded')).toBe('true');
  await page.getByRole('link', { name: 'Min butik: Silvervägens Livs' }).click();
  expect(await toggle.getAttribute('aria-expanded')).toBe('false');
  // Nothing covers the page's own links any more.
  await page.getByRole('link', { name: 'Beställningar', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: /^Beställningar – / }).waitFor();
});
