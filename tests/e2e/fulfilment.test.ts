import { test } from 'vitest';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility.ts';
import { useE2eEnvironment } from './support/e2e-environment.ts';
import { demoGrocer, heading, keepScreenshot, logIn, ownersShopId } from './support/flows.ts';

const environment = useE2eEnvironment();

const owner = demoGrocer;

test('an owner adds a service point with its delivery day and a resident sees it on the shop page', async () => {
  const page = await environment.newPage();
  await logIn(page, owner);
  await page.goto(`/konto/butiker/${await ownersShopId(page)}`);
  await page.getByRole('link', { name: 'Leverans och upphämtning' }).click();
  await heading(page, 'Leverans och upphämtning – Silvervägens Livs').waitFor();
  await page.getByRole('group', { name: 'Laisvall Byhandel, Laisvall' }).waitFor();
  await expectNoSeriousAccessibilityViolations(page);

  // A preparation time that is not a number is stopped before the request, with a summary.
  await page.getByLabel('Förberedelsetid (minuter)').fill('en timme');
  await page.getByRole('button', { name: 'Spara leverans och upphämtning' }).click();
  await page.getByRole('alert').waitFor();
  await page.getByLabel('Förberedelsetid (minuter)').fill('45');

  await page.getByLabel('Servicepunkt', { exact: true }).selectOption({
    label: 'Mellanströms bybibliotek, Mellanström',
  });
  await page.getByRole('button', { name: 'Lägg till servicepunkten' }).click();
  const added = page.getByRole('group', { name: 'Mellanströms bybibliotek, Mellanström' });
  await added.getByLabel('Kommer fram').selectOption({ label: 'Tisdag' });
  await added.getByLabel('Beställ senast, dag').selectOption({ label: 'Söndag' });
  await added.getByLabel('Beställ senast, klockan').fill('20:00');
  await page.getByRole('button', { name: 'Spara leverans och upphämtning' }).click();
  await page.getByText('Leverans och upphämtning har sparats.').waitFor();
  await added
    .getByText(/^Hämtas från tisdag/)
    .first()
    .waitFor();
  await expectNoSeriousAccessibilityViolations(page);

  const resident = await environment.newPage();
  await resident.goto('/arjeplog/butiker/silvervagens-livs');
  await resident.getByRole('heading', { name: 'Så får du varorna' }).waitFor();
  await resident.getByText('Hämta på Mellanströms bybibliotek, Mellanström').waitFor();
  await resident.getByText('Hämta i butiken').waitFor();
  // The shop also drives goods home (the demo's zones): said here too, with the villages and
  // days, and a link to the municipality's page on who may have it. Before, only pickups.
  const section = resident.getByRole('region', { name: 'Så får du varorna' });
  await section.getByText('Hemleverans', { exact: true }).waitFor();
  await section
    .getByText(/^Till .*Laisvall.*: körs ut \S+/)
    .first()
    .waitFor();
  await expectNoSeriousAccessibilityViolations(resident);
  await keepScreenshot(resident, 'shop-receiving-1280');
  await section.getByRole('link', { name: /^Om hemleveransen i Arjeplog/ }).click();
  await resident.waitForURL('**/arjeplog/hemleverans');
});
