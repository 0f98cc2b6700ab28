import { expect, test } from 'vitest';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility.ts';
import { useE2eEnvironment } from './support/e2e-environment.ts';
import { demoPassword, followMailLink, heading, logIn } from './support/flows.ts';

const environment = useE2eEnvironment();

test('the Arjeplog admin adds a service point with fridge and freezer; residents find it in the list and on its page', async () => {
  const page = await environment.newPage();
  await logIn(page, {
    email: 'kommun@arjeplog.example.se',
    password: demoPassword,
    name: 'Kerstin Kommunberg',
  });
  await page.getByRole('link', { name: 'Servicepunkter' }).click();
  await heading(page, 'Servicepunkter i Arjeplog').waitFor();
  await page.getByRole('cell', { name: 'Laisvall Byhandel' }).waitFor();
  await expectNoSeriousAccessibilityViolations(page);

  await page.getByRole('link', { name: 'Lägg till en servicepunkt' }).click();
  await heading(page, 'Ny servicepunkt').waitFor();
  // A coordinate out of range is caught with the field named, before anything is saved.
  await page.getByLabel('Namn', { exact: true }).fill('Kurravaara Kiosk');
  await page.getByLabel('Typ av plats').selectOption({ label: 'Annat' });
  await page.getByLabel('Värdorganisation').fill('Kurravaara byaförening');
  await page.getByLabel('Gatuadress').fill('Kioskvägen 1');
  await page.getByLabel('Postnummer').fill('930 90');
  await page.getByLabel('By', { exact: true }).fill('Kurravaara');
  await page.getByLabel('Latitud').fill('96,1');
  await page.getByLabel('Longitud').fill('17,9');
  await page.getByLabel('Kylskåp för kylvaror').check();
  await page.getByLabel('Frys för frysvaror').check();
  await page.getByLabel('Öppet wifi').check();
  await page.getByRole('group', { name: 'Måndag' }).getByLabel('Öppnar').fill('10:00');
  await page.getByRole('group', { name: 'Måndag' }).getByLabel('Stänger').fill('16:00');
  await page.getByRole('button', { name: 'Spara servicepunkten' }).click();
  await page.getByRole('alert').filter({ hasText: 'Latitud' }).waitFor();
  await expectNoSeriousAccessibilityViolations(page);

  await page.getByLabel('Latitud').fill('66,1');
  await page.getByRole('button', { name: 'Spara servicepunkten' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: 'Servicepunkten Kurravaara Kiosk är skapad.' })
    .waitFor();
  await heading(page, 'Servicepunkt: Kurravaara Kiosk').waitFor();
  expect(await page.getByLabel('Kylskåp för kylvaror').isChecked()).toBe(true);
  await page.getByRole('heading', { name: 'Ombud', exact: true }).waitFor();
  await expectNoSeriousAccessibilityViolations(page);

  const resident = await environment.newPage();
  await resident.goto('/arjeplog');
  await resident.getByRole('link', { name: 'Se alla servicepunkter' }).click();
  await heading(resident, 'Servicepunkter i Arjeplog').waitFor();
  // The list is whole without map tiles (the test server's tile host answers nothing).
  const card = resident.getByRole('listitem').filter({ hasText: 'Kurravaara Kiosk' });
  await card.getByText('Kylskåp för kylvaror').waitFor();
  await card.getByText('Frys för frysvaror').waitFor();
  await resident.getByRole('link', { name: 'Laisvall Byhandel' }).waitFor();
  // Leaflet loads (lazily, within the CSP) and draws the map, hidden from screen readers.
  await resident.locator('.service-point-map.leaflet-container[aria-hidden="true"]').waitFor();
  await expectNoSeriousAccessibilityViolations(resident);

  await card.getByRole('link', { name: 'Kurravaara Kiosk' }).click();
  await heading(resident, 'Kurravaara Kiosk').waitFor();
  await resident.getByText('Kioskvägen 1').waitFor();
  await resident.getByText('Kurravaara byaförening').waitFor();
  await resident.getByText('Ett paket väntar här 14 dagar innan det skickas tillbaka.').waitFor();
  await resident.getByRole('list', { name: 'Här finns' }).getByText('Öppet wifi').waitFor();
  await expectNoSeriousAccessibilityViolations(resident);
});

test('the admin invites an operator to the Laisvall service point, who joins from the mail', async () => {
  const admin = await environment.newPage();
  await logIn(admin, {
    email: 'kommun@arjeplog.example.se',
    password: demoPassword,
    name: 'Kerstin Kommunberg',
  });
  await admin.goto('/admin/kommun/arjeplog/servicepunkter');
  await admin.getByRole('link', { name: 'Laisvall Byhandel' }).click();
  await heading(admin, 'Servicepunkt: Laisvall Byhandel').waitFor();
  // The demo operator is already there.
  await admin.getByRole('listitem').filter({ hasText: 'Lisa Laisvik' }).waitFor();
  const invitedEmail = 'nytt.ombud@laisvall.example.se';
  await admin.getByLabel('E-postadress', { exact: true }).fill(invitedEmail);
  await admin.getByRole('button', { name: 'Skicka inbjudan' }).click();
  await admin
    .getByRole('status')
    .filter({ hasText: `En inbjudan har skickats till ${invitedEmail}.` })
    .waitFor();
  await admin
    .getByRole('listitem')
    .filter({ hasText: invitedEmail })
    .getByText(/Väntar/)
    .waitFor();
  await expectNoSeriousAccessibilityViolations(admin);

  const operator = await environment.newPage();
  await followMailLink(operator, { to: invitedEmail, pathPrefix: '/inbjudan/' });
  await operator
    .getByText('Du är inbjuden som Ombud för servicepunkt för Laisvall Byhandel.')
    .waitFor();
  await operator.getByLabel('Namn', { exact: true }).fill('Otto Ombudsson');
  await operator.getByLabel('Lösenord', { exact: true }).fill('ombud i laisvall');
  await operator.getByRole('button', { name: 'Acceptera inbjudan' }).click();
  await operator
    .getByRole('status')
    .filter({ hasText: 'Välkommen som ombud för Laisvall Byhandel!' })
    .waitFor();
  await operator.getByText(/Ombud för servicepunkt/).waitFor();
  await expectNoSeriousAccessibilityViolations(operator);
});
