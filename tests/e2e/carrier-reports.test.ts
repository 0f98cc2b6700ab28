import { expect, test } from 'vitest';
import { swedishDateOf } from '../../shared/src/calendar-dates.ts';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility.ts';
import { useE2eEnvironment } from './support/e2e-environment.ts';
import { demoPassword, keepScreenshot, logIn } from './support/flows.ts';
import { scrollsSideways } from './support/layout.ts';

const environment = useE2eEnvironment();

const driver = { email: 'bud@arjeplog.example.se', password: demoPassword, name: 'Bodil Budström' };
const phone = { viewport: { width: 360, height: 740 } };

test('on a phone the carrier submits last month’s report and the municipality approves it', async () => {
  const page = await environment.newPage(phone);
  await logIn(page, driver);
  await page.goto('/konto/bud/bussgods-arjeplog');
  const section = page.getByRole('region', { name: 'Månadsrapport', exact: true });
  await section
    .getByText(/^Körningar: \d+$/)
    .first()
    .waitFor();
  await expect.poll(() => section.getByRole('link', { name: 'Ladda ner som PDF' }).count()).toBe(1);
  await section.getByLabel('Pris (kr)').fill('150');
  await section.getByRole('button', { name: 'Skicka rapporten till kommunen' }).click();
  await section.getByText('Inskickad, väntar på kommunen').waitFor();
  await section.getByText(/^Att fakturera: /).waitFor();
  await expectNoSeriousAccessibilityViolations(page);
  expect(await scrollsSideways(page)).toBe(false);
  await keepScreenshot(page, 'carrier-monthly-report');
  // Each delivery's day in words, as the rest of the app says a day.
  await section
    .getByRole('cell', { name: /^(mån|tis|ons|tors|fre|lör|sön)dag \d{1,2} [a-zåäö]+$/ })
    .first()
    .waitFor();

  const admin = await environment.newPage(phone);
  await logIn(admin, {
    email: 'kommun@arjeplog.example.se',
    password: demoPassword,
    name: 'Kerstin Kommunberg',
  });
  await admin.goto('/admin/kommun/arjeplog/hemleverans');
  const report = admin
    .getByRole('listitem')
    .filter({ has: admin.getByRole('heading', { name: /^Bussgods, [a-zåäö]+ \d{4}$/ }) });
  await report.getByText('Väntar på beslut').waitFor();
  await expectNoSeriousAccessibilityViolations(admin);
  expect(await scrollsSideways(admin)).toBe(false);
  await report.getByRole('button', { name: 'Godkänn' }).click();
  await report.getByText('Godkänd', { exact: true }).waitFor();
  await keepScreenshot(admin, 'municipality-carrier-reports');
});

/** A month (YYYY-MM) as a report's heading says it: "november 2026". */
const inWords = (month: string) =>
  new Intl.DateTimeFormat('sv-SE', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-15T12:00:00Z`),
  );

/** The month `count` months before this one in Sweden, as YYYY-MM. */
function monthsBack(count: number): string {
  const [year, month] = swedishDateOf(Date.now()).split('-').map(Number) as [number, number];
  const index = year * 12 + (month - 1) - count;
  return `${String(Math.floor(index / 12))}-${String((index % 12) + 1).padStart(2, '0')}`;
}

test('on a phone the carrier corrects a run with a reason, and the municipality sees it in the report', async () => {
  const month = monthsBack(2);
  const reason = 'Fel siffra inslagen i bilen.';
  const page = await environment.newPage(phone);
  await logIn(page, driver);
  await page.goto('/konto/bud/bussgods-arjeplog');
  const section = page.getByRole('region', { name: 'Månadsrapport', exact: true });
  await section
    .getByText(/^Körningar: \d+$/)
    .first()
    .waitFor();
  await section.getByLabel('Månad', { exact: true }).fill(month);
  await section.getByRole('button', { name: 'Rätta körningen' }).first().click();
  const form = section.getByRole('form', { name: /^Rätta körningen: / });
  await form.getByLabel('Körda kilometer').fill('123,4');
  // Without a reason nothing is sent: the field says what is missing.
  await form.getByRole('button', { name: 'Spara rättelsen' }).click();
  await form.getByText('Skriv varför det rättas, minst tre tecken.').waitFor();
  expect(await scrollsSideways(page)).toBe(false);
  await keepScreenshot(page, 'carrier-run-correction-form-360');
  await form.getByLabel('Skäl till rättelsen').fill(reason);
  await form.getByRole('button', { name: 'Spara rättelsen' }).click();
  await section.getByText('Rättelsen är sparad och rapporten räknad om.').waitFor();
  await section.getByText(`Skäl: ${reason}`).waitFor();
  await section.getByText(/Kilometer [\d,]+ → 123,4/).waitFor();
  await expectNoSeriousAccessibilityViolations(page);
  expect(await scrollsSideways(page)).toBe(false);
  await keepScreenshot(page, 'carrier-run-corrected-360');
  // A delivery recorded wrongly: it no longer counts, with its reason.
  const deliveries = await section.getByText(/^Leveranser: \d+$/).textContent();
  await section.getByText(/^Leveranser \(\d+\)$/).click();
  await section.getByRole('button', { name: 'Rätta leveransen' }).first().click();
  const noteForm = section.getByRole('form', { name: /^Rätta leveransen: / });
  await noteForm.getByLabel('Inte levererad').check();
  await noteForm.getByLabel('Skäl till rättelsen').fill('Fel knapp, ingen var hemma.');
  await keepScreenshot(page, 'carrier-note-correction-form-360');
  await noteForm.getByRole('button', { name: 'Spara rättelsen' }).click();
  await section.getByText('Skäl: Fel knapp, ingen var hemma.').waitFor();
  await section
    .getByText(`Leveranser: ${String(Number(/\d+/.exec(deliveries ?? '')?.[0]) - 1)}`)
    .waitFor();
  await section.getByLabel('Pris (kr)').fill('150');
  await section.getByRole('button', { name: 'Skicka rapporten till kommunen' }).click();
  await section.getByText('Inskickad, väntar på kommunen').waitFor();
  // Submitted: the month is no longer corrected, and its history stays in view.
  expect(await section.getByRole('button', { name: 'Rätta körningen' }).count()).toBe(0);
  await section.getByText(`Skäl: ${reason}`).waitFor();

  const admin = await environment.newPage();
  await logIn(admin, {
    email: 'kommun@arjeplog.example.se',
    password: demoPassword,
    name: 'Kerstin Kommunberg',
  });
  await admin.goto('/admin/kommun/arjeplog/hemleverans');
  const report = admin
    .getByRole('listitem')
    .filter({ has: admin.getByRole('heading', { name: `Bussgods, ${inWords(month)}` }) });
  await report.getByText('Väntar på beslut').waitFor();
  await report.getByText(`Skäl: ${reason}`).waitFor();
  await report.getByText(/Kilometer [\d,]+ → 123,4/).waitFor();
  await report
    .getByRole('table', { name: 'Inskickat jämfört med det som är registrerat nu' })
    .waitFor();
  await expectNoSeriousAccessibilityViolations(admin);
  await keepScreenshot(admin, 'municipality-report-corrections-1280');

  // Returned, the carrier corrects again: the municipality sees the submitted figures beside
  // what is recorded now, the difference marked.
  await report.getByLabel('Kommentar till budet').fill('Kilometrarna den 1:a ser höga ut.');
  await report.getByRole('button', { name: 'Skicka tillbaka' }).click();
  await report.getByText('Tillbakaskickad', { exact: true }).waitFor();
  await page.reload();
  await section.getByLabel('Månad', { exact: true }).fill(month);
  await section.getByText('Kilometrarna den 1:a ser höga ut.', { exact: false }).waitFor();
  await section.getByRole('button', { name: 'Rätta körningen' }).first().click();
  await form.getByLabel('Körda kilometer').fill('64,2');
  await form.getByLabel('Skäl till rättelsen').fill('Rättat efter kommunens kommentar.');
  await form.getByRole('button', { name: 'Spara rättelsen' }).click();
  await section.getByText('Skäl: Rättat efter kommunens kommentar.').waitFor();
  await admin.reload();
  await report.getByText('Skäl: Rättat efter kommunens kommentar.').waitFor();
  await report.getByText('Skiljer sig', { exact: true }).first().waitFor();
  await expectNoSeriousAccessibilityViolations(admin);
  await keepScreenshot(admin, 'municipality-report-differs-1280');
  await section.getByLabel('Pris (kr)').fill('150');
  await section.getByRole('button', { name: 'Skicka rapporten till kommunen' }).click();
  await section.getByText('Inskickad, väntar på kommunen').waitFor();
  await admin.reload();
  await report.getByText('Väntar på beslut').waitFor();

  // Approved, it is forwarded as it is: a bad address is refused on its field.
  await report.getByRole('button', { name: 'Godkänn' }).click();
  await report.getByRole('button', { name: 'Vidarebefordra PDF' }).click();
  await report.getByLabel('Mottagarens e-postadress').fill('registrator');
  await report.getByRole('button', { name: 'Skicka', exact: true }).click();
  await report.getByText('Skriv en e-postadress som namn@exempel.se.').waitFor();
  await report.getByLabel('Mottagarens e-postadress').fill('registrator@lansstyrelsen.example.se');
  await report.getByLabel('Meddelande (frivilligt)').fill('För hemsändningsbidraget.');
  await report.getByRole('button', { name: 'Skicka', exact: true }).click();
  await report.getByText('Rapporten skickas till registrator@lansstyrelsen.example.se.').waitFor();
  await report.getByText(/^Till registrator@lansstyrelsen\.example\.se, /).waitFor();
  await expectNoSeriousAccessibilityViolations(admin);
  await keepScreenshot(admin, 'municipality-report-forwarded-1280');
  const phoneAdmin = await environment.newPage(phone);
  await logIn(phoneAdmin, {
    email: 'kommun@arjeplog.example.se',
    password: demoPassword,
    name: 'Kerstin Kommunberg',
  });
  await phoneAdmin.goto('/admin/kommun/arjeplog/hemleverans');
  await phoneAdmin.getByText(`Skäl: ${reason}`).first().waitFor();
  expect(await scrollsSideways(phoneAdmin)).toBe(false);
  await keepScreenshot(phoneAdmin, 'municipality-report-corrections-360');
});
