import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility.ts';
import { useE2eEnvironment } from './support/e2e-environment.ts';
import { demoPassword, followMailLink, heading, logIn } from './support/flows.ts';

const environment = useE2eEnvironment();
const phone = { width: 360, height: 740 };

async function expectNoSidewaysScroll(page: Page, what: string) {
  const scrollWidth = await page.evaluate(
    () => document.scrollingElement?.scrollWidth ?? Number.POSITIVE_INFINITY,
  );
  expect(scrollWidth, `horizontal overflow on ${what}`).toBeLessThanOrEqual(phone.width);
}

test('on a phone a resident saves a delivery address, is told what to fix, and applies for home delivery', async () => {
  const page = await environment.newPage({ viewport: phone });
  await page.goto('/registrera');
  await page.getByLabel('Namn', { exact: true }).fill('Hedvig Hemström');
  await page.getByLabel('E-postadress', { exact: true }).fill('hedvig.hemstrom@example.se');
  await page.getByLabel('Lösenord', { exact: true }).fill('tio tecken minst, gärna fler');
  await page.getByRole('button', { name: 'Skapa konto' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: 'Vi har skickat ett mejl till hedvig.hemstrom@example.se.' })
    .waitFor();
  await followMailLink(page, {
    to: 'hedvig.hemstrom@example.se',
    pathPrefix: '/registrera/bekrafta',
  });
  await page.getByRole('button', { name: 'Skapa kontot' }).click();
  await page.getByRole('status').filter({ hasText: 'Ditt konto är skapat' }).waitFor();

  await page.goto('/konto');
  await page
    .getByRole('link', { name: 'Adresser för hemleverans och ansökan om hemsändning' })
    .click();
  await heading(page, 'Adresser för hemleverans').waitFor();
  await page.getByText('Du har inga sparade adresser än.').waitFor();
  await expectNoSeriousAccessibilityViolations(page);

  await page.getByRole('link', { name: 'Lägg till en adress' }).click();
  await heading(page, 'Ny adress för hemleverans').waitFor();
  const main = page.getByRole('main');
  // The name is the account's to begin with.
  expect(await main.getByLabel('Namn', { exact: true }).inputValue()).toBe('Hedvig Hemström');
  await main.getByLabel('Kommun', { exact: true }).selectOption({ label: 'Arjeplog' });
  await main.getByLabel('Gatuadress', { exact: true }).fill('Tjärnvägen 8');
  await main.getByLabel('Postnummer', { exact: true }).fill('93');
  await main.getByLabel('Ort eller by', { exact: true }).fill('Laisvall');
  await main.getByLabel('Portkod (om det finns)', { exact: true }).fill('2468');
  await main.getByLabel('Telefonnummer', { exact: true }).fill('070-174 06 90');
  await main.getByRole('button', { name: 'Spara adressen' }).click();

  await page
    .getByRole('alert')
    .getByRole('link', { name: 'Postnummer: Skriv fem siffror, till exempel 930 93.' })
    .waitFor();
  expect(await main.getByLabel('Postnummer', { exact: true }).getAttribute('aria-invalid')).toBe(
    'true',
  );
  await expectNoSeriousAccessibilityViolations(page);
  await expectNoSidewaysScroll(page, 'the new address form');

  await main.getByLabel('Postnummer', { exact: true }).fill('930 93');
  await main.getByRole('button', { name: 'Spara adressen' }).click();
  await heading(page, 'Din adress i Arjeplog').waitFor();
  await page
    .getByRole('status')
    .filter({ hasText: 'Adressen är sparad. Här kan du också ansöka om hemsändning.' })
    .waitFor();
  expect(await main.getByLabel('Portkod (om det finns)', { exact: true }).inputValue()).toBe(
    '2468',
  );
  await expectNoSeriousAccessibilityViolations(page);

  await main.getByRole('button', { name: 'Ansök om hemsändning' }).click();
  await page.getByRole('alert').getByRole('link', { name: 'Skäl: Fyll i fältet.' }).waitFor();
  await main.getByLabel('Skäl', { exact: true }).selectOption({ label: 'Har ingen bil' });
  await main.getByRole('button', { name: 'Ansök om hemsändning' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: 'Ansökan är skickad. Du får ett mejl när kommunen har beslutat.' })
    .waitFor();
  await main.getByText('Ditt skäl: Har ingen bil').waitFor();
  await main.getByRole('button', { name: 'Ta tillbaka ansökan' }).waitFor();
  await expectNoSeriousAccessibilityViolations(page);
  await expectNoSidewaysScroll(page, 'the address and application page');

  await page.getByRole('link', { name: 'Tillbaka till dina adresser' }).click();
  await heading(page, 'Adresser för hemleverans').waitFor();
  await main.getByText('Tjärnvägen 8, 930 93 Laisvall').waitFor();
  await main.getByText('Ansökt', { exact: true }).waitFor();
});

test('on a phone the municipality admin declines with a reason, approves and revokes; the households are mailed', async () => {
  const page = await environment.newPage({ viewport: phone });
  await logIn(page, {
    email: 'kommun@arjeplog.example.se',
    password: demoPassword,
    name: 'Kerstin Kommunberg',
  });
  await page.goto('/admin/kommun/arjeplog');
  await page.getByRole('link', { name: 'Hushåll med hemsändning' }).click();
  await heading(page, 'Hushåll med hemsändning i Arjeplog').waitFor();
  await expectNoSeriousAccessibilityViolations(page);
  await expectNoSidewaysScroll(page, 'the applications');

  const household = (name: string) => page.getByRole('main').getByRole('listitem', { name });
  const olof = household('Olof Vinterberg');
  await olof.getByText('Funktionsnedsättning').waitFor();
  // The municipality sees the address, never the door code.
  expect(await olof.getByText('1066').count()).toBe(0);
  await olof.getByRole('button', { name: 'Avslå' }).click();
  await olof
    .getByRole('alert')
    .getByRole('link', { name: 'Motivering till avslag: Fyll i fältet.' })
    .waitFor();
  await expectNoSeriousAccessibilityViolations(page);
  await olof
    .getByLabel('Motivering till avslag', { exact: true })
    .fill('Hemtjänsten handlar redan åt hushållet.');
  await olof.getByRole('button', { name: 'Avslå' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: 'Ansökan från Olof Vinterberg är avslagen.' })
    .waitFor();

  await household('Anna-Lena Strömholm').getByRole('button', { name: 'Bevilja' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: 'Anna-Lena Strömholm är beviljad hemsändning.' })
    .waitFor();
  await household('Anna-Lena Strömholm').waitFor({ state: 'detached' });

  await page.getByRole('link', { name: 'Beviljade' }).click();
  const annaLena = household('Anna-Lena Strömholm');
  await annaLena.getByText(/Beviljad, .* av Kerstin Kommunberg/).waitFor();
  expect(await page.getByRole('link', { name: 'Beviljade' }).getAttribute('aria-current')).toBe(
    'page',
  );
  await expectNoSeriousAccessibilityViolations(page);
  await expectNoSidewaysScroll(page, 'the approved households');
  // Ending an approval is a step of its own, opened on request.
  await annaLena.getByText('Avsluta hemsändningen …').click();
  await annaLena
    .getByLabel('Motivering till att avsluta', { exact: true })
    .fill('Hushållet har flyttat in till centralorten.');
  await annaLena.getByRole('button', { name: 'Avsluta hemsändningen' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: 'Hemsändningen för Anna-Lena Strömholm är avslutad.' })
    .waitFor();
  await page.getByRole('link', { name: 'Avslutade' }).click();
  await household('Anna-Lena Strömholm')
    .getByText('Kommunens motivering: Hushållet har flyttat in till centralorten.')
    .waitFor();

  await page.goto('/dev/mailbox');
  await page
    .getByRole('listitem')
    .filter({ hasText: 'olof.vinterberg@example.se' })
    .filter({ hasText: 'Hemtjänsten handlar redan åt hushållet.' })
    .waitFor();
  await page
    .getByRole('listitem')
    .filter({ hasText: 'Arjeplogs kommun har beviljat hemsändning' })
    .waitFor();
});

test('another municipality’s admin is refused the Arjeplog households page', async () => {
  const page = await environment.newPage();
  await logIn(page, {
    email: 'kommun@gallivare.example.se',
    password: demoPassword,
    name: 'Göran Gällström',
  });
  await page.goto('/admin/kommun/arjeplog/hushall');
  await heading(page, 'Du har inte behörighet').waitFor();
  await expectNoSeriousAccessibilityViolations(page);
});
