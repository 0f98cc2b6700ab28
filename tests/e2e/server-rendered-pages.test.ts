import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { expect, test } from 'vitest';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility.ts';
import { useE2eEnvironment } from './support/e2e-environment.ts';
import {
  demoGrocer,
  demoPassword,
  heading,
  logIn,
  ownersShopId,
  waitForHydration,
} from './support/flows.ts';

// Decision 0051: the public pages come rendered by the server, and the browser hydrates them.
// Console errors (a hydration mismatch, a CSP violation) already fail every test here.
const environment = useE2eEnvironment();
const phone = { width: 360, height: 740 };

/** The page as the server sends it, before any script could run. */
async function fetchHtml(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${environment.baseUrl}${path}`, {
    headers: { Accept: 'text/html', ...headers },
  });
  const html = await response.text();
  const root = html.slice(html.indexOf('<div id="root">'), html.indexOf('</body>'));
  return { response, html, root };
}

test('the municipality page’s first HTML holds its heading and its shops, with no inline script', async () => {
  const { response, html, root } = await fetchHtml('/arjeplog');
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/html/);
  expect(root).toContain('Handla lokalt i Arjeplog');
  for (const shop of ['Silvervägens Livs', 'Slagnäs Bageri']) expect(root).toContain(shop);
  // Its own title too: read before any script runs, not set at hydration.
  expect(html).toMatch(/<title>Handla lokalt i Arjeplog – e-galleria<\/title>/);
  // The phone's menu button works only through the app: disabled until it has taken over.
  expect(root).toMatch(/<button type="button" class="site-menu-toggle"[^>]* disabled=""/);
  // The data for hydration is JSON, and every script is either that or one of our files.
  expect(html).toContain('<script type="application/json" id="rendered-page-data">');
  for (const tag of html.match(/<script[^>]*>/g) ?? [])
    expect(tag).toMatch(/type="application\/json"|type="module"[^>]* src="\/assets\//);
  const csp = response.headers.get('content-security-policy') ?? '';
  expect(csp).toContain("script-src 'self';");
  expect(csp).not.toContain('unsafe-inline');
});

test('a shop page and search come rendered, and addresses that show nothing answer 404', async () => {
  const shop = await fetchHtml('/arjeplog/butiker/silvervagens-livs');
  expect(shop.response.status).toBe(200);
  expect(shop.root).toContain('<h1');
  expect(shop.root).toContain('Silvervägens Livs');
  expect(shop.root).toContain('fetchPriority="high"');
  expect(shop.html).toContain('<title>Silvervägens Livs – e-galleria</title>');
  const search = await fetchHtml(`/arjeplog/sok?q=${encodeURIComponent('mjölk')}`);
  expect(search.response.status).toBe(200);
  expect(search.root).toMatch(/Mjölk/i);

  for (const path of ['/ingen-sadan-kommun', '/arjeplog/butiker/ingen-sadan-butik']) {
    const missing = await fetchHtml(path);
    expect(missing.response.status, path).toBe(404);
    expect(missing.html, path).not.toContain('rendered-page-data');
  }
});

test('the shop list and a product page come rendered; a product that does not exist answers 404', async () => {
  const shops = await fetchHtml('/arjeplog/butiker');
  expect(shops.response.status).toBe(200);
  expect(shops.root).toContain('Silvervägens Livs');
  expect(shops.html).toContain('<title>Butiker i Arjeplog – e-galleria</title>');

  const listing = (await (
    await fetch(`${environment.baseUrl}/api/v1/municipalities/arjeplog/products?limit=24`)
  ).json()) as { items: { id: string; title: string; kind: string }[] };
  // A service booked by time: one at home on request is booked with the shop, no basket
  // button (decision 0068).
  const services = (await (
    await fetch(`${environment.baseUrl}/api/v1/municipalities/arjeplog/products?q=klippning`)
  ).json()) as { items: { id: string; title: string; kind: string }[] };
  const service = services.items.find((item) => item.title === 'Klippning');
  const good = listing.items.find((item) => item.kind === 'good');
  for (const product of [good, service]) {
    if (!product) throw new Error('the demo galleria has goods and services');
    const page = await fetchHtml(`/arjeplog/produkter/${product.id}`);
    expect(page.response.status).toBe(200);
    expect(page.root).toContain(product.title);
    expect(page.html).toContain('rendered-page-data');
    // Only the app can put it in the basket: a tap before it has taken over does nothing.
    expect(page.root).toMatch(/<button type="submit" class="button" disabled=""/);
  }
  const missing = await fetchHtml('/arjeplog/produkter/0190a7a0-0000-7000-8000-000000000000');
  expect(missing.response.status).toBe(404);
  expect(missing.html).not.toContain('rendered-page-data');
});

test('a rendered product page hydrates at 360 px and puts the good in the basket', async () => {
  const page = await environment.newPage({ viewport: phone });
  await page.goto('/arjeplog/butiker/silvervagens-livs');
  const product = page.locator('.product-grid a').first();
  const href = (await product.getAttribute('href')) ?? '';
  const title = (await product.textContent())?.trim() ?? '';
  // A first visit to the product page itself, as from a shared link.
  const fresh = await environment.newPage({ viewport: phone });
  await fresh.goto(href);
  await heading(fresh, title).waitFor();
  await waitForHydration(fresh, 'main h1');
  await fresh.waitForLoadState('networkidle');
  await expectNoSeriousAccessibilityViolations(fresh);
  await fresh.getByRole('button', { name: /Lägg i varukorgen/ }).click();
  await fresh
    .getByRole('status')
    .filter({ hasText: /varukorgen/i })
    .first()
    .waitFor();
});

test('a visitor with a session gets the app shell, rendered in the browser as before', async () => {
  const { response, html } = await fetchHtml('/arjeplog', {
    Cookie: 'galleria_session=not-a-real-session',
  });
  expect(response.status).toBe(200);
  // The shell says it is loading until the app takes over.
  expect(html).toMatch(
    /<div id="root">\s*<p [^>]*role="status">Laddar sidan… \/ Loading…<\/p>\s*<\/div>/,
  );
  expect(html).not.toContain('rendered-page-data');
});

test('at 360 px the rendered page hydrates: a link then navigates inside the app', async () => {
  const page = await environment.newPage({ viewport: phone });
  await page.goto('/arjeplog');
  await heading(page, 'Handla lokalt i Arjeplog').waitFor();
  const shopLink = page.getByRole('link', { name: 'Silvervägens Livs' });
  await waitForHydration(page, 'main h1');
  await page.waitForLoadState('networkidle');
  await expectNoSeriousAccessibilityViolations(page);
  const menuButton = page.getByRole('button', { name: 'Meny' });
  expect(await menuButton.isEnabled()).toBe(true);
  await menuButton.click();
  await page.getByLabel('Kommun', { exact: true }).waitFor();
  await menuButton.click();

  // A full page load would lose this; the app's own navigation keeps it.
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
  await shopLink.click();
  await heading(page, 'Silvervägens Livs').waitFor();
  expect(page.url()).toMatch(/\/arjeplog\/butiker\/silvervagens-livs$/);
  expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
  await expectNoSeriousAccessibilityViolations(page);
});

test('a shop whose cover is a photo too large for the page asks for it first, and lets the app in once it is there', async () => {
  // A photograph's detail (noise here) makes a cover too large to go inside the page.
  const photo = await sharp(randomBytes(1600 * 534 * 3), {
    raw: { width: 1600, height: 534, channels: 3 },
  })
    .png()
    .toBuffer();
  const owner = await environment.newPage();
  await logIn(owner, {
    email: 'bageri@arjeplog.example.se',
    password: demoPassword,
    name: 'Maj Mjölnare',
  });
  const shopId = await ownersShopId(owner);
  const uploaded = await owner.request.post(`/api/v1/shops/${shopId}/cover`, {
    multipart: { image: { name: 'omslag.png', mimeType: 'image/png', buffer: photo } },
  });
  expect(uploaded.status()).toBe(200);

  const first = await fetchHtml('/arjeplog/butiker/slagnas-bageri');
  expect(first.root).toContain('<template id="held-scripts">');
  expect(first.root).not.toContain('data:image');
  expect(first.response.headers.get('link')).toMatch(/rel=preload; as=image/);

  const page = await environment.newPage({ viewport: phone });
  await page.goto('/arjeplog/butiker/slagnas-bageri');
  await waitForHydration(page, 'main h1');
  // The app's entry was asked for after the cover had arrived, not beside it.
  const [cover, app] = await page.evaluate(() => {
    const coverImage = document.querySelector<HTMLImageElement>('img.shop-cover');
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const coverEnd = resources.find((entry) => entry.name === coverImage?.currentSrc)?.responseEnd;
    const appStart = resources.find((entry) =>
      /\/assets\/index-[\w-]+\.js$/.test(entry.name),
    )?.startTime;
    return [coverEnd ?? Number.NaN, appStart ?? Number.NaN];
  });
  expect(app).toBeGreaterThanOrEqual(cover);
  expect(await page.locator('#held-scripts').count()).toBe(0);
  await page.waitForLoadState('networkidle');
  await expectNoSeriousAccessibilityViolations(page);

  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
  const product = page.locator('.product-grid a').first();
  const productName = (await product.textContent())?.trim() ?? '';
  await product.click();
  await heading(page, productName).waitFor();
  expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
});

test('a phone gets the shop’s cover inside the page, and the app keeps it when it takes over', async () => {
  const first = await fetchHtml('/arjeplog/butiker/silvervagens-livs');
  expect(first.root).toMatch(
    /<source type="image\/webp" srcSet="[^"]*data:image\/webp;base64,[^"]* 1280w/,
  );
  // The picture is in the page: a preload would fetch its address as well, and the app's
  // scripts have nothing on the line to wait for.
  expect(first.response.headers.get('link')).toBeNull();
  expect(first.root).not.toContain('held-scripts');
  expect(first.root).toMatch(/<script type="module"[^>]* src="\/assets\/index-[\w-]+\.js"/);

  const page = await environment.newPage({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 2,
  });
  const pictureRequests: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'image') pictureRequests.push(request.url());
  });
  await page.goto('/arjeplog/butiker/silvervagens-livs');
  await waitForHydration(page, 'main h1');
  const cover = page.locator('img.shop-cover');
  const drawn = () =>
    cover.evaluate((image: HTMLImageElement) => ({
      source: image.currentSrc.startsWith('data:') ? 'inside the page' : image.currentSrc,
      isDrawn: image.complete && image.naturalWidth > 0,
    }));
  await expect.poll(drawn).toEqual({ source: 'inside the page', isDrawn: true });
  expect(pictureRequests.filter((url) => /-1280\.webp$/.test(url))).toEqual([]);
  await page.waitForLoadState('networkidle');
  await expectNoSeriousAccessibilityViolations(page);

  // To a product in the app and back: the app's own addresses draw the same cover.
  const product = page.locator('.product-grid a').first();
  const productName = (await product.textContent())?.trim() ?? '';
  await product.click();
  await heading(page, productName).waitFor();
  await page.goBack();
  await heading(page, 'Silvervägens Livs').waitFor();
  await expect.poll(async () => (await drawn()).isDrawn).toBe(true);
});

test('a rendered page is kept for every visitor until the next write, and then shows it', async () => {
  const path = '/arjeplog/butiker/silvervagens-livs';
  // The page's data carries the moment its loader ran: the same moment means the same render.
  const first = await fetchHtml(path);
  await new Promise((resolve) => setTimeout(resolve, 20));
  const second = await fetchHtml(path, { 'Accept-Encoding': 'br' });
  expect(second.html).toBe(first.html);
  expect(second.response.headers.get('etag')).toBe(first.response.headers.get('etag'));

  const owner = await environment.newPage();
  await logIn(owner, demoGrocer);
  const shopId = await ownersShopId(owner);
  const products = (await (await owner.request.get(`/api/v1/shops/${shopId}/products`)).json()) as {
    items: { id: string; title: string }[];
  };
  const product = products.items[0];
  if (!product) throw new Error('the demo shop has no goods');
  const renamed = await owner.request.patch(`/api/v1/shops/${shopId}/products/${product.id}`, {
    data: { title: `${product.title} från gården` },
  });
  expect(renamed.status()).toBe(200);

  const after = await fetchHtml(path);
  expect(after.root).toContain(`${product.title} från gården`);
  expect(after.response.headers.get('etag')).not.toBe(first.response.headers.get('etag'));
});

test('a visitor who chose English gets the rendered page in English', async () => {
  const page = await environment.newPage({ viewport: phone });
  await page.addInitScript(() => localStorage.setItem('e-galleria.locale', 'en'));
  await page.goto('/arjeplog');
  await heading(page, 'Shop locally in Arjeplog').waitFor();
  await page.getByRole('heading', { name: 'The shops' }).waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  await expectNoSeriousAccessibilityViolations(page);
});
