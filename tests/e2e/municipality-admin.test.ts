import { expect, test } from 'vitest';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility.ts';
import { useE2eEnvironment } from './support/e2e-environment.ts';
import { demoPassword, heading, logIn } from './support/flows.ts';

const environment = useE2eEnvironment();

test('the Arjeplog admin edits the front page title and residents see it; Gällivare stays closed to them', async () => {
  const page = await environment.newPage();
  await page.goto('/admin/kommun/arjeplog');
  // Anonymous: sent to log in, then brought back to the page asked for.
  await heading(page, 'Logga in').waitFor();
  await page.getByLabel('E-postadress', { exact: true }).fill('kommun@arjeplog.example.se');
  await page.getByLabel('Lösenord', { exact: true }).fill(demoPassword);
  await page.getByRole('button', { name: 'Logga in' }).click();

  await heading(page, 'Inställningar för Arjeplog').waitFor();
  await expectNoSeriousAccessibilityViolations(page);

  const newTitle = 'Välkommen till Arjeplogs nya galleria';
  await page.getByLabel('Rubrik på svenska', { exact: true }).fill(newTitle);
  await page.getByRole('button', { name: 'Spara ändringar' }).click();
  await page.getByRole('status').filter({ hasText: 'Ändringarna är sparade.' }).waitFor();

  await page.getByRole('link', { name: 'Visa kommunens sida' }).click();
  await heading(page, newTitle).waitFor();
  expect(new URL(page.url()).pathname).toBe('/arjeplog');
  await expectNoSeriousAccessibilityViolations(page);

  await page.goto('/admin/kommun/gallivare');
  await heading(page, 'Du har inte behörighet').waitFor();
  await expectNoSeriousAccessibilityViolations(page);
});

// A 16×16 PNG in the Arjeplog blue, small enough to keep inline.
const logoPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAAFklEQVR4nGOQ9Z9IEmIY1TCqYfhqAAANvf0BBnYoigAAAABJRU5ErkJggg==',
  'base64',
);

test('the admin uploads a logo, previews it, and it appears on the public page', async () => {
  const page = await environment.newPage();
  await logIn(page, {
    email: 'kommun@arjeplog.example.se',
    password: demoPassword,
    name: 'Kerstin Kommunberg',
  });
  await heading(page, 'Inställningar för Arjeplog').waitFor();
  await page
    .getByLabel('Bildfil', { exact: true })
    .setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: logoPng });
  await page.getByRole('img', { name: 'Förhandsvisning' }).waitFor();
  await page.getByRole('button', { name: 'Ladda upp logotyp' }).click();
  await page.getByRole('status').filter({ hasText: 'Logotypen är uppladdad.' }).waitFor();

  await page.goto('/arjeplog');
  const logo = page.getByRole('img', { name: 'Logotyp för Arjeplog' });
  await logo.waitFor();
  expect(await logo.evaluate((image) => (image as HTMLImageElement).naturalWidth)).toBeGreaterThan(
    0,
  );
});

test('invalid settings are explained next to their field', async () => {
  const page = await environment.newPage();
  await logIn(page, {
    email: 'kommun@arjeplog.example.se',
    password: demoPassword,
    name: 'Kerstin Kommunberg',
  });
  await heading(page, 'Inställningar för Arjeplog').waitFor();
  await page.getByLabel('Färgkod', { exact: true }).fill('blå');
  await page.getByRole('button', { name: 'Spara ändringar' }).click();
  await page.getByRole('link', { name: /^Färgkod: Skriv färgen som #/ }).waitFor();
  expect(await page.getByLabel('Färgkod', { exact: true }).getAttribute('aria-invalid')).toBe(
    'true',
  );
  await expectNoSeriousAccessibilityViolations(page);
});
