import { expect, test } from 'vitest';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility.ts';
import { useE2eEnvironment } from './support/e2e-environment.ts';
import { demoGrocer, demoPassword, heading, logIn } from './support/flows.ts';
import { addToBasket, openShopOrders } from './support/shopping.ts';

const environment = useE2eEnvironment();

const resident = {
  email: 'boende@arjeplog.example.se',
  password: demoPassword,
  name: 'Britt Bymark',
};
const groceryOwner = demoGrocer;

test('the shop accepts, packs, prints a label and hands the parcel over for Laisvall; the resident’s timeline shows it on its way', async () => {
  const page = await environment.newPage({ viewport: { width: 390, height: 844 } });
  await logIn(page, resident);
  await addToBasket(page, 'Knäckebröd råg');
  await page.getByRole('link', { name: 'Varukorg (1)' }).click();
  await page.getByRole('link', { name: 'Till kassan' }).click();
  await heading(page, 'Kassa').waitFor();
  await page
    .getByRole('group', { name: 'Så får du varorna från Silvervägens Livs' })
    .getByRole('radio', { name: /^Laisvall Byhandel/ })
    .check();
  await page.getByRole('button', { name: 'Beställ' }).click();
  await heading(page, 'Din beställning').waitFor();
  const confirmationPath = new URL(page.url()).pathname;
  const timeline = page.getByRole('list', { name: 'Så här långt har beställningen kommit' });
  await timeline.getByText('Beställd', { exact: true }).waitFor();
  await page.getByRole('button', { name: /^Avbeställ/ }).waitFor();
  await expectNoSeriousAccessibilityViolations(page);

  const ownerPage = await environment.newPage();
  await logIn(ownerPage, groceryOwner);
  await openShopOrders(ownerPage, groceryOwner.name, 'Silvervägens Livs');
  const order = ownerPage
    .locator('.order-list > li')
    .filter({ has: ownerPage.getByRole('rowheader', { name: /^Knäckebröd råg/ }) });
  await order.getByRole('button', { name: /^Acceptera/ }).click();
  await order.getByText('Accepterad', { exact: true }).waitFor();
  await order.getByRole('button', { name: /^Packad/ }).click();
  await order.getByText('Packad', { exact: true }).waitFor();
  const parcelCode = (await order.locator('.parcel-code').textContent()) ?? '';
  expect(parcelCode).toMatch(/^[A-Z0-9]{6,12}$/);
  await expectNoSeriousAccessibilityViolations(ownerPage);

  await order.getByRole('link', { name: /^Skriv ut etikett/ }).click();
  await heading(ownerPage, 'Paketetikett').waitFor();
  const label = ownerPage.getByRole('article', { name: resident.name });
  await label.getByRole('img', { name: `QR-kod för paketkoden ${parcelCode}` }).waitFor();
  expect(await label.locator('.parcel-label__code').textContent()).toBe(parcelCode);
  await label.getByText('Laisvall Byhandel, Laisvall').waitFor();
  await label.getByText('Silvervägens Livs').waitFor();
  await expectNoSeriousAccessibilityViolations(ownerPage);
  await ownerPage.getByRole('link', { name: 'Tillbaka till beställningarna' }).click();

  // The queue of parcels to hand over, grouped by service point and day.
  await heading(ownerPage, /^Beställningar – /).waitFor();
  const group = ownerPage.getByRole('region', { name: /^Laisvall Byhandel – / });
  await group.getByRole('button', { name: 'Lämna paketet till Laisvall Byhandel' }).click();
  await ownerPage.getByRole('status').filter({ hasText: 'Paketet är på väg' }).waitFor();
  await group.getByText('På väg', { exact: true }).waitFor();
  await expectNoSeriousAccessibilityViolations(ownerPage);

  await page.goto(confirmationPath);
  await heading(page, 'Din beställning').waitFor();
  await timeline.getByText('På väg', { exact: true }).waitFor();
  // Accepted: too late for the resident to cancel.
  expect(await page.getByRole('button', { name: /^Avbeställ/ }).count()).toBe(0);
  await expectNoSeriousAccessibilityViolations(page);
});
