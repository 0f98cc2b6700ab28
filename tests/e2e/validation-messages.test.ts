import { test } from 'vitest';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility.ts';
import { useE2eEnvironment } from './support/e2e-environment.ts';
import { demoGrocer, heading, logIn } from './support/flows.ts';

const environment = useE2eEnvironment();
const phone = { width: 360, height: 740 };
const grocer = demoGrocer;

test('a postal code of letters is answered with how to write one, not “cannot be used”', async () => {
  const page = await environment.newPage({ viewport: phone });
  await logIn(page, grocer);
  await page.goto(page.url().replace(/\/bestallningar$/, ''));
  await heading(page, 'Silvervägens Livs').waitFor();
  await page.getByLabel('Postnummer', { exact: true }).fill('abc');
  await page.getByRole('button', { name: 'Spara uppgifterna' }).click();
  await page
    .getByRole('alert')
    .getByRole('link', {
      name: 'Postnummer: Skriv postnumret med fem siffror, till exempel 930 90.',
    })
    .waitFor();
  await expectNoSeriousAccessibilityViolations(page);
});

test('a price that is not a number is answered with how to write a price', async () => {
  const page = await environment.newPage({ viewport: phone });
  await logIn(page, grocer);
  await page.goto(page.url().replace(/\/bestallningar$/, '/sortiment/ny'));
  await heading(page, 'Ny vara').waitFor();
  await page.getByLabel('Namn', { exact: true }).fill('Hjortronsylt');
  await page.getByLabel('Pris i kronor inklusive moms', { exact: true }).fill('gratis');
  await page.getByRole('button', { name: 'Spara' }).click();
  await page
    .getByRole('alert')
    .getByRole('link', { name: /Skriv ett pris i kronor, till exempel 12,50\.$/ })
    .waitFor();
  await expectNoSeriousAccessibilityViolations(page);
});
