import { expect, test } from 'vitest';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility.ts';
import { useE2eEnvironment } from './support/e2e-environment.ts';
import { demoPassword, followMailLink, heading, logIn } from './support/flows.ts';

const environment = useE2eEnvironment();

test('the region admin adds a municipality and invites an admin for Kiruna, who joins from the mail', async () => {
  const regionAdmin = await environment.newPage();
  await logIn(regionAdmin, {
    email: 'region@example.se',
    password: demoPassword,
    name: 'Regina Regionsson',
  });
  // Without a page to return to, an admin starts in their admin area.
  await heading(regionAdmin, 'Administrera regionen').waitFor();
  await expectNoSeriousAccessibilityViolations(regionAdmin);

  await regionAdmin.getByLabel('Namn', { exact: true }).fill('Testträsk');
  expect(await regionAdmin.getByLabel('Adress i webben', { exact: true }).inputValue()).toBe(
    'testtrask',
  );
  await regionAdmin.getByRole('button', { name: 'Lägg till kommun' }).click();
  await regionAdmin.getByRole('status').filter({ hasText: 'Testträsk är tillagd.' }).waitFor();
  await regionAdmin.getByRole('heading', { level: 3, name: 'Testträsk' }).waitFor();

  await regionAdmin.getByRole('link', { name: 'Administratörer för Kiruna' }).click();
  const panel = regionAdmin.getByRole('region', { name: 'Administratörer för Kiruna' });
  await panel.waitFor();
  const invitedEmail = 'ny.admin@kiruna.example.se';
  await panel.getByLabel('E-postadress', { exact: true }).fill(invitedEmail);
  await panel.getByLabel('Språk i mejlet', { exact: true }).selectOption('sv');
  await panel.getByRole('button', { name: 'Skicka inbjudan' }).click();
  await panel
    .getByRole('status')
    .filter({ hasText: `En inbjudan är skickad till ${invitedEmail}` })
    .waitFor();
  await panel
    .getByRole('listitem')
    .filter({ hasText: invitedEmail })
    .getByText(/Väntar/)
    .waitFor();
  await expectNoSeriousAccessibilityViolations(regionAdmin);

  const invitedPerson = await environment.newPage();
  await followMailLink(invitedPerson, { to: invitedEmail, pathPrefix: '/inbjudan/' });
  await heading(invitedPerson, 'Inbjudan').waitFor();
  await invitedPerson.getByText('Du är inbjuden som Kommunadministratör för Kiruna.').waitFor();
  await expectNoSeriousAccessibilityViolations(invitedPerson);

  await invitedPerson.getByLabel('Namn', { exact: true }).fill('Kim Kirunasson');
  await invitedPerson.getByLabel('Lösenord', { exact: true }).fill('kirunas nya admin');
  await invitedPerson.getByRole('button', { name: 'Acceptera inbjudan' }).click();

  await heading(invitedPerson, 'Inställningar för Kiruna').waitFor();
  expect(new URL(invitedPerson.url()).pathname).toBe('/admin/kommun/kiruna');
  await invitedPerson
    .getByRole('status')
    .filter({ hasText: 'Du är nu administratör för Kiruna' })
    .waitFor();
  await expectNoSeriousAccessibilityViolations(invitedPerson);

  // The invitation link is single-use.
  await followMailLink(invitedPerson, { to: invitedEmail, pathPrefix: '/inbjudan/' });
  await invitedPerson.getByRole('alert').filter({ hasText: 'Inbjudan är ogiltig' }).waitFor();
});
