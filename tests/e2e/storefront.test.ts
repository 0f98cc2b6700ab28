import { expect, test } from 'vitest';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility.ts';
import { useE2eEnvironment } from './support/e2e-environment.ts';
import { heading } from './support/flows.ts';

const environment = useE2eEnvironment();

test('the regional front page lists every municipality, linking only the open ones', async () => {
  const page = await environment.newPage();
  await page.goto('/');
  await heading(page, 'Handla lokalt i Norrbotten').waitFor();
  expect(await page.title()).toBe('Handla lokalt i Norrbotten – e-galleria');
  await page.getByRole('link', { name: 'Arjeplog' }).waitFor();
  expect(await page.getByRole('link', { name: 'Kiruna' }).count()).toBe(0);
  expect(await page.getByText('Kommer snart').count()).toBe(11);
  await expectNoSeriousAccessibilityViolations(page);

  await page.getByRole('link', { name: 'Arjeplog' }).click();
  await heading(page, 'Handla lokalt i Arjeplog').waitFor();
  // Focus follows the navigation to the new page's heading.
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
  await expectNoSeriousAccessibilityViolations(page);
});

test('the first Tab reaches a skip link that moves focus to the main content', async () => {
  const page = await environment.newPage();
  await page.goto('/');
  await heading(page, 'Handla lokalt i Norrbotten').waitFor();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
    'Hoppa till innehållet',
  );
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
});

test('the header switches municipality and language', async () => {
  const page = await environment.newPage();
  await page.goto('/');
  await page.getByLabel('Kommun', { exact: true }).selectOption({ label: 'Gällivare' });
  await page.getByRole('button', { name: 'Visa' }).click();
  await heading(page, 'Gällivares e-galleria').waitFor();
  await page.getByRole('button', { name: 'English' }).click();
  await heading(page, 'The Gällivare e-galleria').waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  await expectNoSeriousAccessibilityViolations(page);
});

test('an onboarding municipality says it is coming soon, and an unknown address is a 404 page', async () => {
  const page = await environment.newPage();
  await page.goto('/kiruna');
  await heading(page, 'Kiruna – kommer snart').waitFor();
  await expectNoSeriousAccessibilityViolations(page);
  const response = await page.goto('/finns-inte');
  expect(response?.status()).toBe(404);
  await heading(page, 'Sidan finns inte').waitFor();
  await expectNoSeriousAccessibilityViolations(page);
});

test('on a 360 px phone the pages fit without scrolling sideways', async () => {
  const page = await environment.newPage({ viewport: { width: 360, height: 740 } });
  for (const path of ['/', '/arjeplog', '/logga-in', '/registrera']) {
    await page.goto(path);
    await page.locator('main h1').waitFor();
    const scrollWidth = await page.evaluate(
      () => document.scrollingElement?.scrollWidth ?? Number.POSITIVE_INFINITY,
    );
    expect(scrollWidth, `horizontal overflow on ${path}`).toBeLessThanOrEqual(360);
  }
  await expectNoSeriousAccessibilityViolations(page);
});
