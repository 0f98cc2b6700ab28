import { expect, test } from 'vitest';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility.ts';
import { useE2eEnvironment } from './support/e2e-environment.ts';
import { demoPassword, followMailLink, heading, keepScreenshot, logIn } from './support/flows.ts';

const environment = useE2eEnvironment();

// Three people and a dozen axe runs in one story: longer than the default minute on a busy machine.
test(
  'the Arjeplog admin invites a shop, its owner fills in and submits it, the admin approves and a resident finds it',
  { timeout: 150_000 },
  async () => {
    const admin = await environment.newPage();
    await logIn(admin, {
      email: 'kommun@arjeplog.example.se',
      password: demoPassword,
      name: 'Kerstin Kommunberg',
    });
    await admin.goto('/admin/kommun/arjeplog');
    await admin.getByRole('link', { name: 'Butiker, granskning och händelselogg' }).click();
    await heading(admin, 'Butiker i Arjeplog').waitFor();
    await expectNoSeriousAccessibilityViolations(admin);

    const ownerEmail = 'agare@fjallbod.example.se';
    await admin.getByLabel('Butikens namn', { exact: true }).fill('Laisvalls Fjällbod');
    await admin.getByLabel('Ägarens e-postadress', { exact: true }).fill(ownerEmail);
    await admin.getByRole('button', { name: 'Skicka inbjudan' }).click();
    await admin.getByRole('status').filter({ hasText: 'Laisvalls Fjällbod är inbjuden' }).waitFor();
    await admin.getByRole('link', { name: 'Laisvalls Fjällbod' }).waitFor();
    await expectNoSeriousAccessibilityViolations(admin);

    const owner = await environment.newPage();
    await followMailLink(owner, { to: ownerEmail, pathPrefix: '/inbjudan/' });
    await owner.getByText('Du är inbjuden som Butiksägare för Laisvalls Fjällbod.').waitFor();
    await expectNoSeriousAccessibilityViolations(owner);
    await owner.getByLabel('Namn', { exact: true }).fill('Frida Fjällbod');
    await owner.getByLabel('Lösenord', { exact: true }).fill('fjällbodens lösenord');
    await owner.getByRole('button', { name: 'Acceptera inbjudan' }).click();
    await heading(owner, 'Laisvalls Fjällbod').waitFor();
    expect(new URL(owner.url()).pathname).toMatch(/^\/konto\/butiker\//);
    await owner
      .getByRole('status')
      .filter({ hasText: 'Välkommen till Laisvalls Fjällbod' })
      .waitFor();
    await expectNoSeriousAccessibilityViolations(owner);

    await owner.getByLabel('Organisationsnummer', { exact: true }).fill('556036-0793');
    await owner.getByLabel('Momsregistreringsnummer', { exact: true }).fill('SE556036079301');
    await owner.getByLabel('Gatuadress', { exact: true }).fill('Gruvvägen 4');
    await owner.getByLabel('Postnummer', { exact: true }).fill('930 93');
    await owner.getByLabel('Ort', { exact: true }).fill('Laisvall');
    await owner.getByLabel('By', { exact: true }).fill('Laisvall');
    await owner.getByLabel('E-post till butiken', { exact: true }).fill('info@fjallbod.example.se');
    await owner
      .getByLabel('Beskrivning', { exact: true })
      .fill('Vi säljer **fjällutrustning**.\n\n<script>window.hacked = true</script>');
    await owner.getByLabel('Livsmedel', { exact: true }).check();
    const monday = owner.getByRole('group', { name: 'Måndag' });
    await monday.getByLabel('Öppnar').fill('09:00');
    await monday.getByLabel('Stänger').fill('17:00');
    await owner.getByRole('button', { name: 'Lägg till en avvikande dag' }).click();
    const special = owner.getByRole('group', { name: 'Avvikande dag 1' });
    await special.getByLabel('Datum').fill('2026-12-25');
    await special.getByLabel('Anteckning, till exempel Juldagen').fill('Juldagen');
    await expectNoSeriousAccessibilityViolations(owner);
    await owner.getByRole('button', { name: 'Spara uppgifterna' }).click();
    await owner.getByRole('status').filter({ hasText: 'Uppgifterna är sparade.' }).waitFor();
    await owner.getByRole('button', { name: 'Skicka in', exact: true }).click();
    await owner.getByRole('status').filter({ hasText: 'Butiken är inskickad' }).waitFor();
    await owner.getByText('Inskickad för granskning').first().waitFor();
    await expectNoSeriousAccessibilityViolations(owner);

    await admin.goto('/admin/kommun/arjeplog/butiker?status=submitted');
    await admin.getByRole('link', { name: 'Laisvalls Fjällbod' }).click();
    await heading(admin, 'Granska Laisvalls Fjällbod').waitFor();
    // Nothing published yet: the admin may approve, but is told first and asked twice.
    await admin.getByText('Publicerat i butikens katalog: 0 varor och 0 tjänster.').waitFor();
    await admin
      .getByText(
        'Butiken har inga publicerade varor eller tjänster ännu. Godkänner ni den nu syns den i gallerian utan något att köpa, tills butiken publicerar något.',
      )
      .waitFor();
    await expectNoSeriousAccessibilityViolations(admin);
    await admin.getByRole('button', { name: 'Godkänn och publicera' }).click();
    await keepScreenshot(admin, 'review-empty-shop-desktop');
    await admin.getByRole('button', { name: 'Ja, godkänn ändå' }).click();
    await admin.getByRole('status').filter({ hasText: 'Publicerad' }).waitFor();
    await expectNoSeriousAccessibilityViolations(admin);

    const resident = await environment.newPage();
    await logIn(resident, {
      email: 'boende@arjeplog.example.se',
      password: demoPassword,
      name: 'Britt Bymark',
    });
    await resident.goto('/arjeplog/butiker');
    await heading(resident, 'Butiker i Arjeplog').waitFor();
    await expectNoSeriousAccessibilityViolations(resident);
    await resident.getByLabel('By', { exact: true }).selectOption('Laisvall');
    await resident.getByRole('button', { name: 'Visa butiker' }).click();
    await resident.waitForURL(/village=Laisvall/);
    await resident.getByRole('link', { name: 'Laisvalls Fjällbod' }).click();
    await heading(resident, 'Laisvalls Fjällbod').waitFor();
    await resident.getByText('fjällutrustning').waitFor();
    expect(await resident.locator('.markdown-text strong').textContent()).toBe('fjällutrustning');
    expect(await resident.locator('.markdown-text script').count()).toBe(0);
    expect(await resident.evaluate(() => 'hacked' in window)).toBe(false);
    await resident.getByText('09:00–17:00').waitFor();
    await resident.getByText('Butiken har inga varor eller tjänster i gallerian ännu.').waitFor();
    await expectNoSeriousAccessibilityViolations(resident);
  },
);
