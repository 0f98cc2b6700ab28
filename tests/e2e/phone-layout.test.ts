import { expect, test } from 'vitest';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility.ts';
import { useE2eEnvironment } from './support/e2e-environment.ts';
import { demoGrocer, demoPassword, heading, logIn } from './support/flows.ts';
import { scrollsSideways, tablesWiderThanTheirBox, wrappedAmounts } from './support/layout.ts';
import { addToBasket } from './support/shopping.ts';

const environment = useE2eEnvironment();
const phone = { width: 360, height: 740 };

test('on a 360 px phone the confirmation shows every order line whole, amounts on one line', async () => {
  const page = await environment.newPage({ viewport: phone });
  await logIn(page, {
    email: 'boende@arjeplog.example.se',
    password: demoPassword,
    name: 'Britt Bymark',
  });
  await addToBasket(page, 'Knäckebröd råg', { quantity: 2 });
  await addToBasket(page, 'Bryggkaffe mellanrost', { variant: '1 kg' });
  await page.goto('/kassa');
  await heading(page, 'Kassa').waitFor();
  await page
    .getByRole('group', { name: 'Så får du varorna från Silvervägens Livs' })
    .getByRole('radio', { name: /^Hämta i butiken/ })
    .check();
  await page.getByRole('button', { name: 'Beställ' }).click();
  await heading(page, 'Din beställning').waitFor();

  expect(await scrollsSideways(page)).toBe(false);
  expect(await tablesWiderThanTheirBox(page)).toEqual([]);
  expect(await wrappedAmounts(page)).toEqual([]);
  await page.getByRole('region', { name: 'Varor från Silvervägens Livs' }).waitFor();
  await expectNoSeriousAccessibilityViolations(page);
});

test('on a 360 px phone the shop’s sales per day are a table the keyboard can reach and scroll', async () => {
  const resident = await environment.newPage();
  await logIn(resident, {
    email: 'boende@arjeplog.example.se',
    password: demoPassword,
    name: 'Britt Bymark',
  });
  await addToBasket(resident, 'Knäckebröd råg');
  await resident.goto('/kassa');
  await resident
    .getByRole('group', { name: 'Så får du varorna från Silvervägens Livs' })
    .getByRole('radio', { name: /^Hämta i butiken/ })
    .check();
  await resident.getByRole('button', { name: 'Beställ' }).click();
  await heading(resident, 'Din beställning').waitFor();

  const page = await environment.newPage({ viewport: phone });
  await logIn(page, demoGrocer);
  await page.goto(page.url().replace(/bestallningar$/, 'forsaljning'));
  await heading(page, /^Försäljning/).waitFor();
  const days = page.getByRole('region', { name: 'Försäljning per dag' });
  await days.getByRole('table').waitFor();
  expect(await scrollsSideways(page)).toBe(false);
  expect(await wrappedAmounts(page)).toEqual([]);
  await expectNoSeriousAccessibilityViolations(page);

  // Tab reaches the table's box; the arrow keys then scroll it.
  await page.getByRole('link', { name: 'Ladda ner som CSV' }).focus();
  await page.keyboard.press('Tab');
  expect(await days.evaluate((box) => box === document.activeElement)).toBe(true);
  if (await days.evaluate((box) => box.scrollWidth > box.clientWidth)) {
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => (document.activeElement?.scrollLeft ?? 0) > 0, undefined, {
      timeout: 2_000,
    });
  }

  // A period upside down is said beside the form, which stays; before, the page became
  // "Något gick fel" with no form to correct it on.
  const sales = page.url().replace(/\?.*$/, '');
  await page.goto(`${sales}?from=2026-12-31&to=2026-12-01`);
  await page
    .getByRole('alert')
    .getByText('Till-datumet är före från-datumet. Välj en period där från kommer först.')
    .waitFor();
  await page.getByLabel('Från och med', { exact: true }).fill('2026-11-01');
  await page.getByRole('button', { name: 'Visa' }).click();
  await days.waitFor();
  expect(await page.getByRole('alert').count()).toBe(0);
});

test('on a 360 px phone the municipality’s shops and service points fit the screen, their tables in reachable boxes', async () => {
  const page = await environment.newPage({ viewport: phone });
  await logIn(page, {
    email: 'kommun@arjeplog.example.se',
    password: demoPassword,
    name: 'Kerstin Kommunberg',
  });
  for (const [path, name] of [
    ['/admin/kommun/arjeplog/butiker', 'Butiker i Arjeplog'],
    ['/admin/kommun/arjeplog/servicepunkter', 'Servicepunkter i Arjeplog'],
  ] as const) {
    await page.goto(path);
    await heading(page, name).waitFor();
    const table = page.getByRole('region', { name });
    await table.getByRole('table').waitFor();
    expect(await table.getAttribute('tabindex')).toBe('0');
    expect(await scrollsSideways(page)).toBe(false);
    await expectNoSeriousAccessibilityViolations(page);
  }
});
