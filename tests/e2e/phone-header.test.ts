import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility.ts';
import { useE2eEnvironment } from './support/e2e-environment.ts';
import { demoPassword, heading, logIn } from './support/flows.ts';
import { headerToolsOverlapBrand, scrollsSideways } from './support/layout.ts';

const environment = useE2eEnvironment();
const phone = { width: 360, height: 740 };

async function headerHeight(page: Page): Promise<number> {
  return page.getByRole('banner').evaluate((header) => header.getBoundingClientRect().height);
}

test('on a 360 px phone the header is one row and the search, with the rest behind a menu button that works by keyboard', async () => {
  const page = await environment.newPage({ viewport: phone });
  await page.goto('/arjeplog');
  await heading(page, /Arjeplog/).waitFor();
  expect(await headerHeight(page)).toBeLessThanOrEqual(120);
  expect(await scrollsSideways(page)).toBe(false);

  const menuButton = page.getByRole('button', { name: 'Meny' });
  const municipality = page.getByLabel('Kommun', { exact: true });
  expect(await menuButton.getAttribute('aria-expanded')).toBe('false');
  expect(await municipality.isVisible()).toBe(false);

  // The page came rendered: the button waits for the app to take over.
  await expect.poll(() => menuButton.isEnabled()).toBe(true);
  await menuButton.focus();
  await page.keyboard.press('Enter');
  expect(await menuButton.getAttribute('aria-expanded')).toBe('true');
  await municipality.waitFor();
  await page.getByRole('link', { name: 'Logga in' }).waitFor();
  await page.getByRole('group', { name: 'Språk' }).waitFor();
  await expectNoSeriousAccessibilityViolations(page);
  // The menu follows its button: the next Tab is inside it.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('municipality-switcher');

  await page.keyboard.press('Escape');
  expect(await menuButton.getAttribute('aria-expanded')).toBe('false');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Meny');
  expect(await municipality.isVisible()).toBe(false);

  // Following one of its links closes it.
  await menuButton.click();
  await page.getByRole('link', { name: 'Skapa konto' }).click();
  await heading(page, 'Skapa konto').waitFor();
  expect(await menuButton.getAttribute('aria-expanded')).toBe('false');
});

test('logged in on a 360 px phone, the header still fits: the account is a button with the person’s name', async () => {
  const page = await environment.newPage({ viewport: phone });
  await logIn(page, {
    email: 'boende@arjeplog.example.se',
    password: demoPassword,
    name: 'Britt Bymark',
  });
  await page.goto('/arjeplog');
  await heading(page, /Arjeplog/).waitFor();
  expect(await headerHeight(page)).toBeLessThanOrEqual(120);
  expect(await scrollsSideways(page)).toBe(false);
  await page.getByRole('link', { name: /^Varukorg \(\d+\)$/ }).waitFor();
  expect(await headerToolsOverlapBrand(page)).toBe(false);
  // On a 320 px phone the brand keeps only its mark rather than lie under the buttons.
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await headerToolsOverlapBrand(page)).toBe(false);
  expect(await scrollsSideways(page)).toBe(false);
  await page.setViewportSize(phone);
  await page.getByRole('button', { name: 'Konto: Britt Bymark' }).click();
  await page.getByRole('link', { name: 'Mina beställningar' }).waitFor();
  await expectNoSeriousAccessibilityViolations(page);
});

test('at 1280 px the menu’s content stands in the header and there is no menu button', async () => {
  const page = await environment.newPage();
  await page.goto('/arjeplog');
  await heading(page, /Arjeplog/).waitFor();
  expect(await page.getByRole('button', { name: 'Meny' }).isVisible()).toBe(false);
  await page.getByLabel('Kommun', { exact: true }).waitFor();
  await page.getByRole('link', { name: 'Logga in' }).waitFor();
  await expectNoSeriousAccessibilityViolations(page);
});
