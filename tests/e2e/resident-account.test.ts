import { expect, test } from 'vitest';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility.ts';
import { useE2eEnvironment } from './support/e2e-environment.ts';
import {
  accountMenuButton,
  demoPassword,
  followMailLink,
  heading,
  logIn,
  logOut,
} from './support/flows.ts';

const environment = useE2eEnvironment();

test('a new resident registers, confirms the address from the mail, logs out and in again, and reads the site in English', async () => {
  const page = await environment.newPage();
  const person = {
    name: 'Tova Testare',
    email: 'tova.testare@example.se',
    password: 'tio tecken minst, gärna fler',
  };

  await page.goto('/');
  await page.getByRole('link', { name: 'Skapa konto' }).click();
  await heading(page, 'Skapa konto').waitFor();
  await expectNoSeriousAccessibilityViolations(page);

  await page.getByLabel('Namn', { exact: true }).fill(person.name);
  await page.getByLabel('E-postadress', { exact: true }).fill(person.email);
  await page.getByLabel('Lösenord', { exact: true }).fill(person.password);
  await page.getByRole('button', { name: 'Skapa konto' }).click();
  // Nothing tells whether the address had an account: the account comes from the mailed link.
  await page
    .getByRole('status')
    .filter({ hasText: `Vi har skickat ett mejl till ${person.email}.` })
    .waitFor();
  // Sent: no filled form left below the message to press again.
  expect(await page.getByRole('button', { name: 'Skapa konto' }).count()).toBe(0);
  await expectNoSeriousAccessibilityViolations(page);

  await followMailLink(page, { to: person.email, pathPrefix: '/registrera/bekrafta' });
  await heading(page, 'Bekräfta din e-postadress').waitFor();
  await expectNoSeriousAccessibilityViolations(page);
  await page.getByRole('button', { name: 'Skapa kontot' }).click();

  await page.getByRole('status').filter({ hasText: 'Ditt konto är skapat' }).waitFor();
  await accountMenuButton(page, person.name).waitFor();

  await logOut(page, person.name);
  await page.getByRole('status').filter({ hasText: 'Du är utloggad.' }).waitFor();
  await page.getByRole('link', { name: 'Logga in' }).waitFor();

  await logIn(page, person);
  await page.goto('/konto');
  await heading(page, 'Mitt konto').waitFor();
  await page.getByText('Invånare – hela regionen').waitFor();
  await expectNoSeriousAccessibilityViolations(page);

  await page.getByRole('button', { name: 'English' }).click();
  await heading(page, 'My account').waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  await page.getByText('Resident – the whole region').waitFor();
  await expectNoSeriousAccessibilityViolations(page);

  // The choice is saved on the account: a reload (new page load) still speaks English.
  await page.reload();
  await heading(page, 'My account').waitFor();

  await logOut(page, person.name);
  await page.getByRole('status').filter({ hasText: 'You are logged out.' }).waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
});

test('a failed login says why, next to a summary that takes focus', async () => {
  const page = await environment.newPage();
  await page.goto('/logga-in');
  await page.getByLabel('E-postadress', { exact: true }).fill('boende@arjeplog.example.se');
  await page.getByLabel('Lösenord', { exact: true }).fill('fel lösenord');
  await page.getByRole('button', { name: 'Logga in' }).click();

  const summary = page.getByRole('alert').filter({ hasText: 'Fel e-postadress eller lösenord.' });
  await summary.waitFor();
  expect(await summary.evaluate((element) => element === document.activeElement)).toBe(true);

  await page.getByLabel('Lösenord', { exact: true }).fill('');
  await page.getByRole('button', { name: 'Logga in' }).click();
  const passwordInput = page.getByLabel('Lösenord', { exact: true });
  await page.getByRole('link', { name: 'Lösenord: Fyll i fältet.' }).waitFor();
  expect(await passwordInput.getAttribute('aria-invalid')).toBe('true');
  await expectNoSeriousAccessibilityViolations(page);
});

test('the account menu works from the keyboard and Escape returns focus to its button', async () => {
  const page = await environment.newPage();
  const resident = {
    email: 'boende@arjeplog.example.se',
    password: demoPassword,
    name: 'Britt Bymark',
  };
  await logIn(page, resident);
  const toggle = accountMenuButton(page, resident.name);
  await toggle.focus();
  await page.keyboard.press('Enter');
  expect(await toggle.getAttribute('aria-expanded')).toBe('true');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Mitt konto');
  await page.keyboard.press('Escape');
  expect(await toggle.getAttribute('aria-expanded')).toBe('false');
  expect(await toggle.evaluate((element) => element === document.activeElement)).toBe(true);
});
