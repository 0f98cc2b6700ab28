import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility.ts';
import { useE2eEnvironment } from './support/e2e-environment.ts';
import { demoGrocer, heading, logIn, ownersShopId, waitForHydration } from './support/flows.ts';
import { addToBasket } from './support/shopping.ts';

const environment = useE2eEnvironment();
const phone = { width: 360, height: 740 };
const desktop = { width: 1280, height: 900 };

async function expectNoSidewaysScroll(page: Page) {
  const scrollWidth = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
  expect(scrollWidth, `horizontal overflow on ${page.url()}`).toBeLessThanOrEqual(
    page.viewportSize()?.width ?? 0,
  );
}

/** Every picture of the page has arrived (lazy ones are scrolled into view first). */
async function expectPicturesLoaded(page: Page, selector: string) {
  const pictures = page.locator(selector);
  const count = await pictures.count();
  expect(count).toBeGreaterThan(0);
  for (let index = 0; index < count; index += 1) {
    const picture = pictures.nth(index);
    await picture.scrollIntoViewIfNeeded();
    await expect
      .poll(() => picture.evaluate((image: HTMLImageElement) => image.naturalWidth))
      .toBeGreaterThan(0);
  }
}

for (const viewport of [phone, desktop])
  test(`at ${viewport.width} px the region page counts each open galleria’s shops`, async () => {
    const page = await environment.newPage({ viewport });
    await page.goto('/');
    await heading(page, 'Handla lokalt i Norrbotten').waitFor();
    const card = (name: string) => page.getByRole('listitem').filter({ hasText: name });
    await expect.poll(() => card('Arjeplog').innerText()).toContain('6 butiker');
    expect(await card('Arvidsjaur').innerText()).toContain('2 butiker');
    expect(await card('Kiruna').innerText()).toContain('Kommer snart');
    // Swedish order: the Ä and Ö municipalities come last.
    const names = await page.locator('.municipality-card > :first-child').allInnerTexts();
    expect(names.slice(-3)).toEqual(['Älvsbyn', 'Överkalix', 'Övertorneå']);
    // Home delivery is told only where it runs: Arjeplog, not Arvidsjaur.
    expect(await card('Arjeplog').innerText()).toContain('Hemleverans');
    expect(await card('Arvidsjaur').innerText()).not.toMatch(/hemkör|hemsänd|hemleverans/i);
    await expectNoSidewaysScroll(page);
    await expectNoSeriousAccessibilityViolations(page);
  });

for (const viewport of [phone, desktop])
  test(`at ${viewport.width} px Arjeplog’s front page is a shop window`, async () => {
    const page = await environment.newPage({ viewport });
    await page.goto('/arjeplog');
    await heading(page, 'Handla lokalt i Arjeplog').waitFor();

    const shops = page.getByRole('region', { name: 'Butikerna' });
    await shops.getByRole('link', { name: 'Slagnäs Bageri' }).waitFor();
    expect(await shops.locator('.shop-card').count()).toBe(6);
    await expectPicturesLoaded(page, '.shop-card__cover, .shop-card__logo');

    const categories = page.getByRole('region', { name: 'Handla efter kategori' });
    await categories.getByRole('link', { name: 'Fisk och vilt (4)' }).waitFor();

    const newGoods = page.getByRole('region', { name: 'Nytt i gallerian' });
    expect(await newGoods.locator('.product-card').count()).toBe(8);
    expect(await newGoods.getByText('Tjänst', { exact: true }).count()).toBe(0);

    const points = page.getByRole('region', { name: 'Hämta i din by' });
    await points.getByRole('link', { name: 'Laisvall Byhandel' }).waitFor();
    // Home delivery runs in Arjeplog: the page tells the fee and links to the details.
    const homeDelivery = page.getByRole('region', { name: 'Hemleverans' });
    await homeDelivery.getByText(/för 20,00\s*kr per leverans/).waitFor();
    await homeDelivery.getByRole('link', { name: 'Så fungerar hemleverans i Arjeplog' }).waitFor();
    await expectNoSidewaysScroll(page);
    await expectNoSeriousAccessibilityViolations(page);

    await points.getByRole('link', { name: 'Se alla servicepunkter på kartan' }).click();
    await heading(page, 'Servicepunkter i Arjeplog').waitFor();
    await page.goBack();
    await page
      .getByRole('region', { name: 'Handla efter kategori' })
      .getByRole('link', { name: 'Fisk och vilt (4)' })
      .click();
    await page.getByRole('heading', { name: '4 träffar' }).waitFor();
    expect(new URL(page.url()).searchParams.get('category')).toBe('fisk-och-vilt');
  });

for (const viewport of [phone, desktop])
  test(`at ${viewport.width} px a shop’s page shows its goods by category with pictures, unit prices and stock`, async () => {
    const page = await environment.newPage({ viewport });
    await page.goto('/arjeplog/butiker/silvervagens-livs');
    await heading(page, 'Silvervägens Livs').waitFor();
    const goods = page.getByRole('region', { name: 'Varor och tjänster' });
    const groceries = goods.getByRole('region', { name: 'Livsmedel' });
    const bakery = goods.getByRole('region', { name: 'Bageri och konditori' });
    const milk = groceries.locator('.product-card').filter({ hasText: 'Mellanmjölk 1,5 %' });
    expect((await milk.innerText()).replace(/\s+/g, ' ')).toMatch(
      /17,90 kr\/l Jämförpris 17,90 kr\/l Finns i lager Kylvara/,
    );
    expect(await bakery.getByText('28,90 kr/förp.').count()).toBe(1);
    expect(await goods.getByText(/styck/).count()).toBe(0);
    await expectPicturesLoaded(page, '.product-card__image[src]');
    await expectNoSidewaysScroll(page);
    await expectNoSeriousAccessibilityViolations(page);

    await goods.getByRole('link', { name: 'Bageri och konditori (1)' }).click();
    await expect.poll(() => goods.locator('.product-card').count()).toBe(1);
    expect(
      await goods
        .getByRole('link', { name: 'Bageri och konditori (1)' })
        .getAttribute('aria-current'),
    ).toBe('page');
    await expectNoSeriousAccessibilityViolations(page);

    await page.goto('/arjeplog/butiker/salong-norrsken');
    const services = page.getByRole('region', { name: 'Varor och tjänster' });
    await services.getByRole('link', { name: 'Klippning', exact: true }).waitFor();
    expect(
      (await services.locator('.product-card').first().innerText()).replace(/\s+/g, ' '),
    ).toMatch(/kr Tjänst/);
  });

test('a shop with more goods than a page shows more on request, and back restores the list', async () => {
  const owner = await environment.newPage();
  await logIn(owner, demoGrocer);
  const shopId = await ownersShopId(owner);
  for (let number = 1; number <= 20; number += 1) {
    const response = await owner.request.post(`/api/v1/shops/${shopId}/products`, {
      headers: { Origin: environment.baseUrl },
      data: {
        title: `Sylt nummer ${number}`,
        categoryId: 'cat-livsmedel',
        vatClass: 'food',
        status: 'published',
        priceOre: 3000 + number,
      },
    });
    expect(response.status()).toBe(201);
  }

  const page = await environment.newPage({ viewport: phone });
  await page.goto('/arjeplog/butiker/silvervagens-livs');
  const goods = page.getByRole('region', { name: 'Varor och tjänster' });
  await goods.getByRole('link', { name: 'Alla (29)' }).waitFor();
  expect(await goods.locator('.product-card').count()).toBe(24);
  // What follows is the app's (more goods in place, focus on the first): a tap before it has
  // taken over loads the next page from the server instead.
  await waitForHydration(page, 'main h1');
  await goods.getByRole('link', { name: 'Visa fler' }).click();
  await expect.poll(() => goods.locator('.product-card').count()).toBe(29);
  // Focus moves to the first new product, so a keyboard user reads on from there.
  expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Sylt nummer/);
  expect(await goods.getByRole('link', { name: 'Visa fler' }).count()).toBe(0);
  await expectNoSeriousAccessibilityViolations(page);

  await goods.getByRole('link', { name: 'Sylt nummer 20' }).click();
  await heading(page, 'Sylt nummer 20').waitFor();
  await page.goBack();
  await expect.poll(() => goods.locator('.product-card').count()).toBe(29);
});

test('the basket prices each line by its unit, never “styck”', async () => {
  const page = await environment.newPage({ viewport: phone });
  await addToBasket(page, 'Mellanmjölk 1,5 %');
  await addToBasket(page, 'Knäckebröd råg');
  await page.goto('/varukorg');
  await heading(page, 'Varukorg').waitFor();
  const basket = page.getByRole('main');
  await basket.getByText('17,90 kr/l').waitFor();
  await basket.getByText('28,90 kr/förp.').waitFor();
  expect(await basket.getByText(/styck/).count()).toBe(0);
  await expectNoSidewaysScroll(page);
  await expectNoSeriousAccessibilityViolations(page);
});

test('a visitor’s pages put nothing in the browser console, not even a refused request', async () => {
  const page = await environment.newPage();
  const messages: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      messages.push(`${page.url()}: ${message.text()}`);
  });
  for (const path of [
    '/',
    '/arjeplog',
    '/arjeplog/butiker',
    '/arjeplog/butiker/hornavans-fisk-vilt',
    '/arjeplog/sok?q=bröd',
  ]) {
    await page.goto(path);
    await page.locator('main h1').waitFor();
    await page.waitForLoadState('networkidle');
  }
  expect(messages).toEqual([]);
});
