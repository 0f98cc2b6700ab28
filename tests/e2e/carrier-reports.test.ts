import { expect, test } from 'vitest';
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

  const admin = await environment.newPage(phone);
  await logIn(admin, {
    email: 'kommun@arjeplog.example.se',
    password: demoPassword,
    name: 'Kerstin Kommunberg',
  });
  await admin.goto('/admin/kommun/arjeplog/hemleverans');
  const report = admin
    .getByRole('listitem')
    .filter({ has: admin.getByRole('heading', { name: /^Bussgods, \d{4}-\d{2}$/ }) });
  await report.getByText('Väntar på beslut').waitFor();
  await expectNoSeriousAccessibilityViolations(admin);
  expect(await scrollsSideways(admin)).toBe(false);
  await report.getByRole('button', { name: 'Godkänn' }).click();
  await report.getByText('Godkänd', { exact: true }).waitFor();
  await keepScreenshot(admin, 'municipality-carrier-reports');
});
