import { expect, test } from 'vitest';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility.ts';
import { useE2eEnvironment } from './support/e2e-environment.ts';
import { demoGrocer, demoPassword, heading, logIn, logOut } from './support/flows.ts';
import { addToBasket, openShopOrders, productId } from './support/shopping.ts';

const environment = useE2eEnvironment();

const resident = {
  email: 'boende@arjeplog.example.se',
  password: demoPassword,
  name: 'Britt Bymark',
};
const groceryOwner = demoGrocer;
const bakeryOwner = {
  email: 'bageri@arjeplog.example.se',
  password: demoPassword,
  name: 'Maj Mjölnare',
};

test('a guest fills a basket from two shops, logs in, collects one at Laisvall and one in the shop, and each owner accepts only their own order', async () => {
  const page = await environment.newPage({ viewport: { width: 390, height: 844 } });
  await addToBasket(page, 'Knäckebröd råg', { quantity: 2 });
  await expectNoSeriousAccessibilityViolations(page);
  await addToBasket(page, 'Bryggkaffe mellanrost', { variant: '1 kg' });
  await addToBasket(page, 'Tunnbröd');
  await page.getByRole('link', { name: 'Varukorg (4)' }).click();

  await heading(page, 'Varukorg').waitFor();
  await page.getByRole('heading', { level: 2, name: 'Silvervägens Livs' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Slagnäs Bageri' }).waitFor();
  await page.getByText('Summa från Silvervägens Livs: 186,80 kr').waitFor();
  // On a phone a line's title starts at its shop's left edge: no empty photo column before it.
  const titleBox = await page.locator('.basket-item__title').first().boundingBox();
  const shopBox = await page
    .getByRole('heading', { level: 2, name: 'Silvervägens Livs' })
    .boundingBox();
  expect(Math.abs((titleBox?.x ?? 0) - (shopBox?.x ?? -100))).toBeLessThan(2);
  await expectNoSeriousAccessibilityViolations(page);
  await page.getByRole('link', { name: 'Till kassan' }).click();

  await heading(page, 'Kassa').waitFor();
  await expectNoSeriousAccessibilityViolations(page);
  await page.getByRole('link', { name: 'Logga in så sparas beställningen på ditt konto' }).click();
  await heading(page, 'Logga in').waitFor();
  await page.getByLabel('E-postadress', { exact: true }).fill(resident.email);
  await page.getByLabel('Lösenord', { exact: true }).fill(resident.password);
  await page.getByRole('button', { name: 'Logga in' }).click();

  // Back at the checkout, logged in, with the guest's basket kept and the contact filled in.
  await heading(page, 'Kassa').waitFor();
  await page.getByRole('link', { name: 'Varukorg (4)' }).waitFor();
  expect(await page.getByLabel('Namn', { exact: true }).inputValue()).toBe(resident.name);
  // Sending without choosing stops at a summary naming both shops.
  await page.getByRole('button', { name: 'Beställ' }).click();
  await page
    .getByRole('alert')
    .getByRole('link', { name: /Slagnäs Bageri/ })
    .waitFor();
  await expectNoSeriousAccessibilityViolations(page);
  await page
    .getByRole('group', { name: 'Så får du varorna från Silvervägens Livs' })
    .getByRole('radio', { name: /^Laisvall Byhandel/ })
    .check();
  await page
    .getByRole('group', { name: 'Så får du varorna från Slagnäs Bageri' })
    .getByRole('radio', { name: /^Hämta i butiken/ })
    .check();
  await page.getByRole('radio', { name: /^Betala när du hämtar/ }).waitFor();
  await page.getByRole('button', { name: 'Beställ' }).click();

  await heading(page, 'Din beställning').waitFor();
  const groceryOrder = page.getByRole('region', { name: 'Silvervägens Livs' });
  await groceryOrder.getByText('Servicepunkten Laisvall Byhandel, Laisvall').waitFor();
  expect(await groceryOrder.locator('.pickup-code').textContent()).toMatch(/^\d{6}$/);
  const bakeryOrder = page.getByRole('region', { name: 'Slagnäs Bageri' });
  await bakeryOrder.getByText('I butiken, Slagnäs Bageri, Slagnäs').waitFor();
  await page.getByText('Totalt').first().waitFor();
  await page.getByText(/^varav moms 6 %/).waitFor();
  await page.getByRole('link', { name: 'Varukorg (0)' }).waitFor();
  await expectNoSeriousAccessibilityViolations(page);
  await logOut(page, resident.name);

  for (const [owner, shopName, ours, theirs] of [
    [groceryOwner, 'Silvervägens Livs', 'Knäckebröd råg', 'Tunnbröd'],
    [bakeryOwner, 'Slagnäs Bageri', 'Tunnbröd', 'Knäckebröd råg'],
  ] as const) {
    const ownerPage = await environment.newPage();
    await logIn(ownerPage, owner);
    await openShopOrders(ownerPage, owner.name, shopName);
    const orders = ownerPage.locator('.order-list > li');
    await orders.first().waitFor();
    expect(await orders.count()).toBe(1);
    const order = orders.first();
    await order.getByRole('heading', { name: /Beställning från Britt Bymark/ }).waitFor();
    await order.getByRole('rowheader', { name: new RegExp(`^${ours}`) }).waitFor();
    expect(await ownerPage.getByText(theirs).count()).toBe(0);
    await expectNoSeriousAccessibilityViolations(ownerPage);
    await order.getByRole('button', { name: /^Acceptera/ }).click();
    await order.getByText('Accepterad', { exact: true }).waitFor();
    await order.getByRole('button', { name: /^Packad/ }).waitFor();
    await expectNoSeriousAccessibilityViolations(ownerPage);
  }
});

test('a resident books a free time, corrects and removes basket lines, and the shop must give a reason to decline', async () => {
  const page = await environment.newPage({ viewport: { width: 360, height: 740 } });
  await logIn(page, resident);
  await page.goto(`/arjeplog/produkter/${await productId(page, 'Klippning')}`);
  await heading(page, 'Klippning').waitFor();
  // A service booked by time needs one of its free times.
  await page.getByRole('button', { name: 'Lägg i varukorgen' }).click();
  await page
    .getByRole('alert')
    .getByRole('link', { name: /^Välj tid/ })
    .waitFor();
  const scrollWidth = await page.evaluate(
    () => document.scrollingElement?.scrollWidth ?? Number.POSITIVE_INFINITY,
  );
  expect(scrollWidth, 'horizontal overflow on the service page').toBeLessThanOrEqual(360);
  await expectNoSeriousAccessibilityViolations(page);
  await page.getByRole('group', { name: 'Välj tid' }).getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Lägg i varukorgen' }).click();
  await page.getByRole('status').filter({ hasText: 'Klippning ligger nu i varukorgen.' }).waitFor();
  await addToBasket(page, 'Knäckebröd råg');

  await page.getByRole('link', { name: 'Varukorg (2)' }).click();
  await heading(page, 'Varukorg').waitFor();
  await page.getByText(/^Tid: /).waitFor();
  const quantity = page.getByLabel('Antal, Knäckebröd råg', { exact: true });
  await quantity.fill('3');
  await page.getByRole('button', { name: 'Ändra antal Knäckebröd råg' }).click();
  await page.getByRole('link', { name: 'Varukorg (4)' }).waitFor();
  await page.getByText('Summa från Silvervägens Livs: 86,70 kr').waitFor();
  // More than the shelf holds is refused, and said next to the line with how many are left.
  await quantity.fill('50');
  await page.getByRole('button', { name: 'Ändra antal Knäckebröd råg' }).click();
  await page.getByText(/^Bara \d+ kvar i lager\. Välj färre\.$/).waitFor();
  expect(await quantity.getAttribute('aria-invalid')).toBe('true');
  await expectNoSeriousAccessibilityViolations(page);
  await page.getByRole('button', { name: 'Ta bort Klippning' }).click();
  await page.getByRole('link', { name: 'Varukorg (3)' }).waitFor();
  // The header follows the removal at once; the list follows when the page reloads its data.
  await page.getByRole('heading', { name: 'Salong Norrsken' }).waitFor({ state: 'detached' });

  await page.getByRole('link', { name: 'Till kassan' }).click();
  await heading(page, 'Kassa').waitFor();
  await page.getByRole('radio', { name: /^Hämta i butiken/ }).check();
  await page.getByRole('button', { name: 'Beställ' }).click();
  await heading(page, 'Din beställning').waitFor();
  const confirmationPath = new URL(page.url()).pathname;
  await page.getByRole('link', { name: 'Varukorg (0)' }).click();
  await page.getByText('Varukorgen är tom.').waitFor();
  await expectNoSeriousAccessibilityViolations(page);
  await page.goto('/konto/bestallningar');
  await heading(page, 'Mina beställningar').waitFor();
  await page.locator(`a[href="${confirmationPath}"]`).waitFor();
  await expectNoSeriousAccessibilityViolations(page);

  const ownerPage = await environment.newPage();
  await logIn(ownerPage, groceryOwner);
  await openShopOrders(ownerPage, groceryOwner.name, 'Silvervägens Livs');
  const ours = ownerPage
    .locator('.order-list > li')
    .filter({ has: ownerPage.getByRole('rowheader', { name: 'Knäckebröd råg' }) })
    .filter({ has: ownerPage.getByRole('cell', { name: '3', exact: true }) });
  await ours.getByRole('button', { name: /^Neka/ }).click();
  await ours.getByRole('button', { name: 'Neka beställningen' }).click();
  await ours
    .getByRole('alert')
    // A label that asks takes no colon: not "beställningen?: Fyll i fältet."
    .getByRole('link', { name: 'Varför nekar ni beställningen? Fyll i fältet.' })
    .waitFor();
  await expectNoSeriousAccessibilityViolations(ownerPage);
  await ours.getByLabel('Varför nekar ni beställningen?').fill('Knäckebrödet tog slut i morse.');
  await ours.getByRole('button', { name: 'Neka beställningen' }).click();
  await ours.getByText('Nekad', { exact: true }).waitFor();
  await ours.getByText('Knäckebrödet tog slut i morse.').waitFor();

  await page.goto(confirmationPath);
  await heading(page, 'Din beställning').waitFor();
  await page.getByText('Nekad', { exact: true }).waitFor();
  await page.getByText('Knäckebrödet tog slut i morse.').waitFor();
});
