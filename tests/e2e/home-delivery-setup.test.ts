import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility.ts';
import { useE2eEnvironment } from './support/e2e-environment.ts';
import { demoPassword, heading, keepScreenshot, logIn, logOut } from './support/flows.ts';
import { scrollsSideways } from './support/layout.ts';

const environment = useE2eEnvironment();
const phone = { width: 360, height: 740 };

/** Every page of the walk is checked alike: axe, and nothing wider than the phone. */
async function expectUsable(page: Page, what: string) {
  await expectNoSeriousAccessibilityViolations(page);
  expect(await scrollsSideways(page), `sideways scrolling on ${what}`).toBe(false);
}

test('on a phone the municipality sets up a zone, a carrier and an agreement, a shop opts in, and the public page tells it', async () => {
  const page = await environment.newPage({ viewport: phone });
  const main = page.getByRole('main');
  await logIn(page, {
    email: 'kommun@arjeplog.example.se',
    password: demoPassword,
    name: 'Kerstin Kommunberg',
  });
  await page.goto('/admin/kommun/arjeplog');
  await page.getByRole('link', { name: 'Hemleverans: zoner, bud och avtal' }).click();
  await heading(page, 'Hemleverans i Arjeplog').waitFor();
  await main.getByRole('link', { name: 'Laisvall och Adolfström' }).waitFor();
  await expectUsable(page, 'the home-delivery overview');

  // The fee: a word is refused on its field, a sum in kronor is saved.
  await main.getByLabel('Avgift per leverans (kr, inklusive moms)').fill('tjugo');
  await main.getByRole('button', { name: 'Spara avgift och villkor' }).click();
  await page
    .getByRole('alert')
    .getByRole('link', { name: /^Avgift per leverans/ })
    .waitFor();
  await expectUsable(page, 'the refused fee');
  await main.getByLabel('Avgift per leverans (kr, inklusive moms)').fill('25');
  await main.getByRole('button', { name: 'Spara avgift och villkor' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: 'Inställningarna för hemleverans är sparade.' })
    .waitFor();

  // A zone for a village no zone has, driven on Wednesdays.
  await main.getByRole('link', { name: 'Lägg till en zon' }).click();
  await heading(page, 'Ny zon i Arjeplog').waitFor();
  await main.getByLabel('Zonens namn').fill('Björkfjället');
  await main.getByLabel('Körs på onsdag').check();
  await main.getByLabel('Postnummer').fill('930 93');
  await main.getByLabel('By eller ort').fill('Laisvall');
  await main.getByRole('button', { name: 'Spara zonen' }).click();
  // Laisvall is in a zone already: refused on the village, nothing saved.
  await page
    .getByRole('alert')
    .getByRole('link', { name: 'Ort 1: By eller ort: Postnumret och byn finns redan i en zon.' })
    .waitFor();
  await expectUsable(page, 'the refused zone');
  await main.getByLabel('Postnummer').fill('930 95');
  await main.getByLabel('By eller ort').fill('Björkfjället');
  await main.getByRole('button', { name: 'Spara zonen' }).click();
  await heading(page, 'Hemleverans i Arjeplog').waitFor();
  await main.getByRole('link', { name: 'Björkfjället' }).waitFor();

  // A carrier that drives it, and a driver invited by mail.
  await main.getByRole('link', { name: 'Lägg till ett bud' }).click();
  await heading(page, 'Nytt bud i Arjeplog').waitFor();
  await main.getByLabel('Företagets namn').fill('Fjällfrakt');
  await main.getByLabel('Organisationsnummer').fill('5560360793');
  await main.getByRole('group', { name: 'Björkfjället' }).getByLabel('onsdag').check();
  await main.getByRole('button', { name: 'Spara budet' }).click();
  await page
    .getByRole('alert')
    .getByRole('link', { name: 'Organisationsnummer: Skriv organisationsnumret som 556036-0793.' })
    .waitFor();
  await expectUsable(page, 'the refused carrier');
  await main.getByLabel('Organisationsnummer').fill('556036-0793');
  await main.getByRole('button', { name: 'Spara budet' }).click();
  await heading(page, 'Fjällfrakt').waitFor();
  await main.getByText('Ingen kör för budet i e-galleria ännu.').waitFor();
  await main.getByLabel('E-postadress').fill('forare@fjallfrakt.example.se');
  await main.getByRole('button', { name: 'Skicka inbjudan' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: 'En inbjudan är skickad till forare@fjallfrakt.example.se.' })
    .waitFor();
  await expectUsable(page, 'the carrier and its drivers');

  // An agreement with the hardware shop, which has none yet.
  await main.getByRole('link', { name: 'Tillbaka till hemleverans' }).click();
  await heading(page, 'Hemleverans i Arjeplog').waitFor();
  await main.getByLabel('Butik', { exact: true }).selectOption({ label: 'Fjälljärn Arjeplog' });
  await main.getByLabel('Gäller från').fill('2026-01-01');
  await main.getByLabel('Gäller till och med').fill('2025-12-31');
  await main.getByRole('button', { name: 'Spara avtalet' }).click();
  await page
    .getByRole('alert')
    .getByRole('link', { name: 'Gäller till och med: Avtalet kan inte sluta före det börjar.' })
    .waitFor();
  await main.getByLabel('Gäller till och med').fill('');
  await main.getByRole('button', { name: 'Spara avtalet' }).click();
  await page.getByRole('status').filter({ hasText: 'Avtalet är sparat.' }).waitFor();
  await main
    .getByRole('listitem')
    .filter({ hasText: 'Fjälljärn Arjeplog' })
    .getByText('Gäller i dag')
    .waitFor();
  await expectUsable(page, 'the agreements');

  // The agreement is changed to end with 2027.
  const editor = main.locator('details', { hasText: 'Ändra avtalet med Fjälljärn Arjeplog' });
  await editor.getByText('Ändra avtalet med Fjälljärn Arjeplog').click();
  await editor.getByLabel('Gäller till och med').fill('2027-12-31');
  await editor.getByRole('button', { name: 'Spara avtalet' }).click();
  await page.getByRole('status').filter({ hasText: 'Avtalet är sparat.' }).waitFor();
  await main
    .getByRole('listitem')
    .filter({ hasText: 'Fjälljärn Arjeplog' })
    .getByText(/31 dec\. 2027/)
    .first()
    .waitFor();

  // Closed, if saving left it open (whether it does depends on when the list reloads): its
  // own "Gäller från" would stand beside the new agreement's.
  if (await editor.evaluate((details) => (details as HTMLDetailsElement).open))
    await editor.getByText('Ändra avtalet med Fjälljärn Arjeplog').click();
  await expect
    .poll(() => editor.evaluate((details) => (details as HTMLDetailsElement).open))
    .toBe(false);

  // A second agreement with the shop may not overlap the first: the form says which it meets.
  await main.getByLabel('Butik', { exact: true }).selectOption({ label: 'Fjälljärn Arjeplog' });
  await main.getByLabel('Gäller från').fill('2027-06-01');
  await main.getByRole('button', { name: 'Spara avtalet' }).click();
  const refusal = page.getByRole('alert');
  await refusal
    .getByText(
      'Perioden överlappar ett annat avtal med samma butik. Bara ett avtal kan gälla en och samma dag. Det avtalet gäller 1 jan. 2026 – 31 dec. 2027. Ändra datumen, eller avsluta eller ta bort det avtalet först.',
    )
    .waitFor();
  await refusal
    .getByRole('link', {
      name: 'Gäller från: Perioden överlappar ett annat avtal med butiken.',
    })
    .waitFor();
  await keepScreenshot(page, 'agreement-overlap-phone');
  await expectUsable(page, 'the refused overlapping agreement');
  await main.getByLabel('Gäller från').fill('2028-01-01');
  await main.getByRole('button', { name: 'Spara avtalet' }).click();
  await page.getByRole('status').filter({ hasText: 'Avtalet är sparat.' }).waitFor();

  // Nor may the first be stretched into the second: its own form says so.
  const first = main.getByRole('listitem').filter({ hasText: 'Gäller 1 jan. 2026 – 31 dec. 2027' });
  await first.getByText('Ändra avtalet med Fjälljärn Arjeplog').click();
  await first.getByLabel('Gäller till och med').fill('2028-06-30');
  await first.getByRole('button', { name: 'Spara avtalet' }).click();
  await first
    .getByRole('alert')
    .getByText('Det avtalet gäller från 1 jan. 2028 tills vidare.', { exact: false })
    .waitFor();
  await keepScreenshot(page, 'agreement-edit-overlap-phone');
  await expectUsable(page, 'the refused change of an agreement');
  await logOut(page, 'Kerstin Kommunberg');

  // The bakery's owner adds the new zone and its carrier; a carrier alone is refused.
  await logIn(page, {
    email: 'bageri@arjeplog.example.se',
    password: demoPassword,
    name: 'Maj Mjölnare',
  });
  await page.waitForURL(/\/konto\/butiker\/[^/]+\/bestallningar/);
  const shopId = new URL(page.url()).pathname.split('/')[3] ?? '';
  await page.goto(`/konto/butiker/${shopId}`);
  await main.getByRole('link', { name: 'Hemleverans', exact: true }).click();
  await heading(page, 'Hemleverans från Slagnäs Bageri').waitFor();
  await expectUsable(page, 'the shop’s home delivery');
  await main.getByLabel('Fjällfrakt').check();
  await main.getByRole('button', { name: 'Spara hemleverans' }).click();
  await page
    .getByRole('alert')
    .getByRole('link', { name: 'Fjällfrakt: Budet kör inte i någon av zonerna du valt.' })
    .waitFor();
  await expectUsable(page, 'the refused carrier choice');
  await main.getByLabel('Björkfjället').check();
  await main.getByRole('button', { name: 'Spara hemleverans' }).click();
  await page.getByRole('status').filter({ hasText: 'Hemleveransen är sparad.' }).waitFor();
  expect(await main.getByLabel('Björkfjället').isChecked()).toBe(true);
  await logOut(page, 'Maj Mjölnare');

  // Anyone reads it from the municipality's front page.
  await page.goto('/arjeplog');
  await main.getByRole('heading', { name: 'Hemleverans', exact: true }).waitFor();
  await main.getByRole('link', { name: 'Så fungerar hemleverans i Arjeplog' }).click();
  await heading(page, 'Hemleverans i Arjeplog').waitFor();
  await main.getByText('Avgift per leverans: 25,00 kr.').waitFor();
  await main.getByRole('row', { name: 'Björkfjället onsdag' }).waitFor();
  await main.getByRole('link', { name: 'Slagnäs Bageri' }).waitFor();
  await main.getByText(/Fjällfrakt/).waitFor();
  await expectUsable(page, 'the public home-delivery page');
});

test('on a desktop the public page of a municipality without home delivery says so', async () => {
  const page = await environment.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto('/gallivare/hemleverans');
  await heading(page, 'Hemleverans i Gällivare').waitFor();
  await page.getByText('Gällivare erbjuder inte hemleverans av varor ännu.').waitFor();
  await expectNoSeriousAccessibilityViolations(page);
  await page.goto('/gallivare');
  expect(await page.getByRole('heading', { name: 'Hemleverans', exact: true }).count()).toBe(0);
});
