import { expect, test } from 'vitest';
import { useE2eEnvironment } from './support/e2e-environment.ts';
import { demoGrocer, heading, logIn, ownersShopId } from './support/flows.ts';
import { addToBasket } from './support/shopping.ts';

const environment = useE2eEnvironment();

const phone = { viewport: { width: 360, height: 780 } };

// A double click, or a second tap while a slow phone is still sending, sends a form once
// (SubmitButton's useSendOnce): before, it made two products, or moved an order on and then
// said it could not.
test('a double click on Spara makes one product, and on Acceptera accepts the order without an error', async () => {
  const page = await environment.newPage(phone);
  await logIn(page, demoGrocer);
  const shopId = await ownersShopId(page);
  await page.goto(`/konto/butiker/${shopId}/sortiment/ny`);
  await heading(page, 'Ny vara').waitFor();
  await page.getByLabel('Namn', { exact: true }).fill('Dubbelklicksbulle');
  await page.getByLabel('Kategori', { exact: true }).selectOption({ label: 'Livsmedel' });
  await page.getByLabel('Pris i kronor inklusive moms', { exact: true }).fill('10');
  await page.getByRole('button', { name: 'Spara' }).dblclick();
  await heading(page, 'Ändra Dubbelklicksbulle').waitFor();
  const listed = await page.request.get(`/api/v1/shops/${shopId}/products?limit=100`);
  const titles = ((await listed.json()) as { items: { title: string }[] }).items.map(
    (item) => item.title,
  );
  expect(titles.filter((title) => title === 'Dubbelklicksbulle')).toHaveLength(1);

  // A guest orders for pickup in the shop; the shop's first "Acceptera", sent twice, was
  // refused the second time ("not possible in the current status") after the first worked.
  const guest = await environment.newPage(phone);
  await addToBasket(guest, 'Knäckebröd råg');
  await guest.goto('/kassa');
  await heading(guest, 'Kassa').waitFor();
  await guest.getByLabel('Namn', { exact: true }).fill('Dubbel Klicksson');
  await guest.getByLabel('E-postadress', { exact: true }).fill('dubbel@example.se');
  await guest.getByRole('radio', { name: /^Hämta i butiken/ }).check();
  await guest.getByRole('button', { name: 'Beställ' }).click();
  await heading(guest, 'Din beställning').waitFor();

  await page.goto(`/konto/butiker/${shopId}/bestallningar`);
  const order = page.locator('.order-list > li').filter({ hasText: 'Dubbel Klicksson' });
  await order.getByRole('button', { name: /^Acceptera/ }).dblclick();
  await order.getByText('Accepterad', { exact: true }).waitFor();
  expect(await page.getByText('Det går inte i det nuvarande läget').count()).toBe(0);
});
