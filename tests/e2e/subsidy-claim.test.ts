import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility.ts';
import { useE2eEnvironment } from './support/e2e-environment.ts';
import { demoPassword, heading, keepScreenshot, logIn } from './support/flows.ts';
import { scrollsSideways } from './support/layout.ts';

const environment = useE2eEnvironment();

const driver = { email: 'bud@arjeplog.example.se', password: demoPassword, name: 'Bodil Budström' };
const admin = {
  email: 'kommun@arjeplog.example.se',
  password: demoPassword,
  name: 'Kerstin Kommunberg',
};
const phone = { viewport: { width: 360, height: 740 } };
const desktop = { viewport: { width: 1280, height: 900 } };

const kronor = (ore: number) =>
  new Intl.NumberFormat('sv-SE', { style: 'currency', currency: 'SEK' }).format(ore / 100);
const squeezed = (text: string) => text.replace(/\s/g, '');
/** "Hushållens avgifter: 1 234,50 kr" → 123450 */
const oreIn = (text: string) => Number(text.replace(/[^\d,]/g, '').replace(',', ''));

async function reportSection(page: Page) {
  await page.goto('/konto/bud/bussgods-arjeplog');
  const section = page.getByRole('region', { name: 'Månadsrapport', exact: true });
  await section
    .getByText(/^Körningar: \d+$/)
    .first()
    .waitFor();
  return section;
}

async function submitAt(page: Page, kronorPerDelivery: string) {
  const section = await reportSection(page);
  await section.getByLabel('Pris (kr)').fill(kronorPerDelivery);
  await section.getByRole('button', { name: 'Skicka rapporten till kommunen' }).click();
  await section.getByText('Inskickad, väntar på kommunen').waitFor();
  return section;
}

async function decide(page: Page, button: 'Godkänn' | 'Skicka tillbaka', status: string) {
  await page.goto('/admin/kommun/arjeplog/hemleverans');
  const report = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: /^Bussgods, [a-zåäö]+ \d{4}$/ }) });
  await report.getByText('Väntar på beslut').waitFor();
  if (button === 'Skicka tillbaka')
    await report.getByLabel('Kommentar till budet').fill('Priset stämmer inte med avtalet.');
  await report.getByRole('button', { name: button }).click();
  await report.getByText(status, { exact: true }).waitFor();
  const heading = await report.getByRole('heading', { name: /^Bussgods, / }).innerText();
  // The month in words, as the report's heading says it: "november 2026".
  return heading.replace(/^Bussgods, /, '');
}

/** The amount beside a step of the claim worked out (a term and its definition). */
async function stepAmount(page: Page, step: RegExp) {
  const term = page.getByRole('term').filter({ hasText: step });
  return squeezed(await term.locator('xpath=following-sibling::dd[1]').innerText());
}

test('a report returned, corrected and approved lands in the yearly claim, on a phone and a desk', async () => {
  // The carrier submits last month at the wrong price; the municipality returns it.
  const carrier = await environment.newPage(phone);
  await logIn(carrier, driver);
  const section = await submitAt(carrier, '150');
  const deliveries = Number(
    (await section.getByText(/^Leveranser: \d+$/).innerText()).replace(/\D/g, ''),
  );
  const feesOre = oreIn(await section.getByText(/^Hushållens avgifter: /).innerText());
  expect(deliveries).toBeGreaterThan(0);

  const municipality = await environment.newPage(phone);
  await logIn(municipality, admin);
  const month = await decide(municipality, 'Skicka tillbaka', 'Tillbakaskickad');

  // The carrier sees why, corrects the price and submits again; the municipality approves.
  const returned = await reportSection(carrier);
  await returned.getByText('Kommunens kommentar: Priset stämmer inte med avtalet.').waitFor();
  await submitAt(carrier, '5000');
  await decide(municipality, 'Godkänn', 'Godkänd');

  // Worked out by hand: 5,000 kr a delivery, all of the demo's villages outside localities of
  // more than 3,000; the cap of 100 kr a delivery is below 50 % of the net cost.
  const year = month.slice(-4);
  const costOre = deliveries * 500_000;
  const netOre = costOre - feesOre;
  const claimOre = deliveries * 10_000;
  expect(netOre).toBeGreaterThanOrEqual(2_960_000);

  for (const [name, page] of [
    ['phone', municipality],
    ['desk', await environment.newPage(desktop)],
  ] as const) {
    if (name === 'desk') await logIn(page, admin);
    await page.goto('/admin/kommun/arjeplog');
    await page.getByRole('link', { name: 'Hemsändningsbidrag: årets ansökan' }).click();
    await heading(page, /^Hemsändningsbidrag \d{4}$/).waitFor();
    await page.getByLabel('År').selectOption(year);
    await page.getByRole('button', { name: 'Visa året' }).click();
    await heading(page, `Hemsändningsbidrag ${year}`).waitFor();
    await page.getByText(/^Preliminär: året pågår/).waitFor();
    expect(await stepAmount(page, /^Transportörernas kostnader/)).toContain(
      squeezed(kronor(costOre)),
    );
    expect(await stepAmount(page, /^Hushållens avgifter/)).toContain(squeezed(kronor(feesOre)));
    expect(await stepAmount(page, /^Nettokostnad/)).toContain(squeezed(kronor(netOre)));
    expect(await stepAmount(page, /^Bidragsgrundande hemsändningar/)).toContain(String(deliveries));
    expect(await stepAmount(page, /^Tak: /)).toContain(squeezed(kronor(claimOre)));
    expect(await stepAmount(page, /^50 % av nettokostnaden/)).toContain(
      squeezed(kronor(Math.floor(netOre / 2))),
    );
    expect(await stepAmount(page, /^Tröskel: /)).toContain(squeezed(`${kronor(2_960_000)}(nådd)`));
    expect(await stepAmount(page, /^Bidrag att söka/)).toContain(squeezed(kronor(claimOre)));
    const reports = page.getByRole('table', { name: 'Godkända månadsrapporter' });
    expect(
      squeezed(await reports.getByRole('row', { name: new RegExp(`^${month}`) }).innerText()),
    ).toContain(squeezed(kronor(costOre)));
    // The report's own PDF is named by the word shown, then which report it is.
    expect(
      await reports
        .getByRole('link', { name: new RegExp(`^PDF – rapporten ${month} från `) })
        .count(),
    ).toBe(1);
    await expect
      .poll(() => page.getByRole('link', { name: 'Ladda ner underlaget (PDF)' }).count())
      .toBe(1);
    await expectNoSeriousAccessibilityViolations(page);
    expect(await scrollsSideways(page)).toBe(false);
    await keepScreenshot(page, `subsidy-claim-${name}`);
  }

  // Whom a reference stands for: typed as read over the phone, then one mistyped.
  const households = municipality.getByRole('table', { name: 'Hushåll' });
  const reference = (
    await households
      .getByText(/^H-[0-9A-F]{8}$/)
      .first()
      .innerText()
  ).trim();
  expect(reference).toMatch(/^H-[0-9A-F]{8}$/);
  const referenceField = municipality.getByLabel('Referens', { exact: true });
  await referenceField.fill(reference.toLowerCase());
  await municipality.getByRole('button', { name: 'Visa hushållet' }).click();
  const identity = municipality.locator('.subsidy-claim__identity');
  await identity.getByText(`I ansökan för ${year}`).waitFor();
  expect(await identity.getByText(reference, { exact: true }).count()).toBe(1);
  await expectNoSeriousAccessibilityViolations(municipality);
  expect(await scrollsSideways(municipality)).toBe(false);
  await keepScreenshot(municipality, 'subsidy-claim-household-lookup');
  await referenceField.fill('H-12');
  await municipality.getByRole('button', { name: 'Visa hushållet' }).click();
  await municipality
    .getByRole('alert')
    .getByText(/^Skriv referensen som den står/)
    .waitFor();
  expect(await referenceField.getAttribute('aria-invalid')).toBe('true');

  // The region sees Arjeplog's claim beside the other municipalities'.
  const region = await environment.newPage(desktop);
  await logIn(region, {
    email: 'region@example.se',
    password: demoPassword,
    name: 'Regina Regionsson',
  });
  await region.goto(`/admin/region/hemsandningsbidrag/ansokningar?ar=${year}`);
  await heading(region, `Kommunernas hemsändningsbidrag ${year}`).waitFor();
  const arjeplog = region.getByRole('row', { name: /^Arjeplog/ });
  expect(squeezed(await arjeplog.innerText())).toContain(squeezed(kronor(claimOre)));
  await expectNoSeriousAccessibilityViolations(region);
  expect(await scrollsSideways(region)).toBe(false);
  await keepScreenshot(region, 'subsidy-claims-region');
});
