import { expect, test } from 'vitest';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility.ts';
import { useE2eEnvironment } from './support/e2e-environment.ts';
import { heading } from './support/flows.ts';
import { addToBasket } from './support/shopping.ts';

const environment = useE2eEnvironment();

const pages = [
  { link: 'Köpvillkor', title: 'Köpvillkor', path: '/kopvillkor', section: 'Hämtning' },
  {
    link: 'Integritet och personuppgifter',
    title: 'Integritet och personuppgifter',
    path: '/integritet',
    section: 'Dina rättigheter',
  },
  {
    link: 'Ångerrätt',
    title: 'Ångerrätt',
    path: '/angerratt',
    section: 'När ångerrätten inte gäller',
  },
  { link: 'Kakor', title: 'Kakor', path: '/kakor', section: 'Kakor vi använder' },
];

for (const viewport of [
  { width: 360, height: 740 },
  { width: 1280, height: 900 },
])
  test(`at ${viewport.width} px the footer leads to each legal page`, async () => {
    const page = await environment.newPage({ viewport });
    await page.goto('/arjeplog');
    await heading(page, 'Handla lokalt i Arjeplog').waitFor();
    for (const legal of pages) {
      await page.getByRole('contentinfo').getByRole('link', { name: legal.link }).click();
      await heading(page, legal.title).waitFor();
      expect(new URL(page.url()).pathname).toBe(legal.path);
      await page.getByRole('heading', { level: 2, name: legal.section }).waitFor();
      const scrollWidth = await page.evaluate(() => document.scrollingElement?.scrollWidth);
      expect(scrollWidth).toBeLessThanOrEqual(viewport.width);
      await expectNoSeriousAccessibilityViolations(page);
    }
  });

test('the legal pages answer 200 when opened directly and read in English too', async () => {
  const page = await environment.newPage();
  const response = await page.goto('/angerratt');
  expect(response?.status()).toBe(200);
  await heading(page, 'Ångerrätt').waitFor();
  await page.getByText('14 dagar från dagen du hämtade den').waitFor();
  await page.getByRole('button', { name: 'English' }).click();
  await heading(page, 'Right of withdrawal').waitFor();
  await page.getByText('within 14 days of the day you collected them').waitFor();
  expect(await page.title()).toBe('Right of withdrawal – e-galleria');
  await expectNoSeriousAccessibilityViolations(page);
});

test('the checkout links to the terms of purchase, the right of withdrawal and privacy', async () => {
  const page = await environment.newPage({ viewport: { width: 360, height: 740 } });
  await addToBasket(page, 'Tunnbröd');
  await page.goto('/kassa');
  await heading(page, 'Kassa').waitFor();
  const checkout = page.getByRole('main');
  await checkout.getByText('Köpet följer gallerians köpvillkor.').waitFor();
  for (const name of ['Köpvillkor', 'Ångerrätt', 'Integritet och personuppgifter'])
    await checkout.getByRole('link', { name }).waitFor();
  await checkout.getByRole('link', { name: 'Ångerrätt' }).click();
  await heading(page, 'Ångerrätt').waitFor();
  await expectNoSeriousAccessibilityViolations(page);
});
