import { test } from 'vitest';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility.ts';
import { useE2eEnvironment } from './support/e2e-environment.ts';
import { followMailLink, heading, logIn } from './support/flows.ts';

const environment = useE2eEnvironment();

test('a resident who forgot the password sets a new one from the mailed link and logs in with it', async () => {
  const page = await environment.newPage();
  const resident = { email: 'boende@arjeplog.example.se', name: 'Britt Bymark' };
  const newPassword = 'ett helt nytt lösenord';

  await page.goto('/logga-in');
  await page.getByRole('link', { name: 'Glömt lösenordet?' }).click();
  await heading(page, 'Glömt lösenordet').waitFor();
  await expectNoSeriousAccessibilityViolations(page);

  await page.getByLabel('E-postadress', { exact: true }).fill(resident.email);
  await page.getByRole('button', { name: 'Skicka länk' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: `Om det finns ett konto med adressen ${resident.email}` })
    .waitFor();

  await page.goto('/dev/mailbox');
  await heading(page, 'Demo-brevlåda').waitFor();
  await expectNoSeriousAccessibilityViolations(page);
  await followMailLink(page, { to: resident.email, pathPrefix: '/aterstall-losenord' });

  await heading(page, 'Välj nytt lösenord').waitFor();
  await expectNoSeriousAccessibilityViolations(page);
  await page.getByLabel('Nytt lösenord', { exact: true }).fill(newPassword);
  await page.getByRole('button', { name: 'Spara nytt lösenord' }).click();

  await heading(page, 'Logga in').waitFor();
  await page.getByRole('status').filter({ hasText: 'Ditt lösenord är bytt' }).waitFor();
  await expectNoSeriousAccessibilityViolations(page);

  await logIn(page, { ...resident, password: newPassword });
});

test('a used or made-up reset link is refused with a way forward', async () => {
  const page = await environment.newPage();
  await page.goto('/aterstall-losenord?token=this-token-was-never-issued');
  await page.getByLabel('Nytt lösenord', { exact: true }).fill('ett helt nytt lösenord');
  await page.getByRole('button', { name: 'Spara nytt lösenord' }).click();
  await page.getByRole('alert').filter({ hasText: 'Länken är ogiltig' }).waitFor();
  await page.getByRole('link', { name: 'Be om en ny länk' }).waitFor();
});
