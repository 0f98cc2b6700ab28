import type { Page } from 'playwright-core';
import { heading } from './flows.ts';

/** A demo product's id, looked up the way the search page does. */
export async function productId(page: Page, title: string): Promise<string> {
  const response = await page.request.get(
    `/api/v1/municipalities/arjeplog/products?q=${encodeURIComponent(title)}`,
  );
  const body = (await response.json()) as { items: { id: string; title: string }[] };
  const product = body.items.find((item) => item.title === title);
  if (!product) throw new Error(`the demo catalogue has no ${title}`);
  return product.id;
}

export async function addToBasket(
  page: Page,
  title: string,
  options: { quantity?: number; variant?: string } = {},
) {
  await page.goto(`/arjeplog/produkter/${await productId(page, title)}`);
  await heading(page, title).waitFor();
  if (options.variant) {
    const select = page.getByLabel('Variant', { exact: true });
    const value = await select
      .locator('option', { hasText: options.variant })
      .getAttribute('value');
    await select.selectOption(value ?? '');
  }
  if (options.quantity)
    await page.getByLabel('Antal', { exact: true }).fill(String(options.quantity));
  await page.getByRole('button', { name: 'Lägg i varukorgen' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: `${title} ligger nu i varukorgen.` })
    .waitFor();
}

/** The owner's shop, from the account menu's link to it, then its orders screen. */
export async function openShopOrders(page: Page, name: string, shopName: string) {
  await page.getByRole('button', { name: new RegExp(name) }).click();
  await page.getByRole('link', { name: `Min butik: ${shopName}` }).click();
  await page.getByRole('link', { name: 'Beställningar', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: /^Beställningar – / }).waitFor();
}

/**
 * The demo salon's haircut at the last free time it lists, in the basket. That time is never
 * today (a day has at most 9 of the 12 times listed), so the salon's card can be seen before
 * the booked day.
 */
export async function addLastFreeHaircutToBasket(page: Page) {
  await page.goto(`/arjeplog/produkter/${await productId(page, 'Klippning')}`);
  await heading(page, 'Klippning').waitFor();
  await page.getByRole('group', { name: 'Välj tid' }).getByRole('radio').last().check();
  await page.getByRole('button', { name: 'Lägg i varukorgen' }).click();
  await page.getByRole('status').filter({ hasText: 'Klippning ligger nu i varukorgen.' }).waitFor();
}
