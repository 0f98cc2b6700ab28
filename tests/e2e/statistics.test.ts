import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { createDatabase } from '../../server/src/db/database.ts';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility.ts';
import { useE2eEnvironment } from './support/e2e-environment.ts';
import { demoPassword, heading, logIn } from './support/flows.ts';
import { scrollsSideways } from './support/layout.ts';

// The statistics pages (decision 0037/0038): charts that render at 360 px and 1280 px, each
// with its table (home delivery's too), axe clean; a period in the future said on its field.

const environment = useE2eEnvironment();
const phone = { width: 360, height: 740 };
const desktop = { width: 1280, height: 900 };
const admin = {
  email: 'kommun@arjeplog.example.se',
  password: demoPassword,
  name: 'Kerstin Kommunberg',
};
const resident = {
  email: 'boende@arjeplog.example.se',
  password: demoPassword,
  name: 'Britt Bymark',
};

async function post(page: Page, path: string, data: object) {
  const response = await page.request.post(path, {
    data,
    headers: { Origin: environment.baseUrl },
  });
  expect(response.status(), `${path}: ${await response.text()}`).toBeLessThan(300);
}

/** Two orders this month through the real checkout, picked up at the shop. */
async function ordersThisMonth() {
  const page = await environment.newPage();
  await logIn(page, resident);
  const search = await page.request.get('/api/v1/municipalities/arjeplog/products?q=Knäckebröd');
  const { items } = (await search.json()) as {
    items: { id: string; title: string; shop: { id: string } }[];
  };
  const product = items.find((item) => item.title === 'Knäckebröd råg');
  if (!product) throw new Error('the demo catalogue has no Knäckebröd råg');
  const database = createDatabase(environment.databaseUrl);
  const point = await database
    .knex('service_points')
    .where({ slug: 'laisvall-byhandel' })
    .first<{ id: string }>('id');
  await database.close();
  for (let index = 0; index < 2; index++) {
    await post(page, '/api/v1/basket/items', { productId: product.id, quantity: 1 });
    const servicePointId = point.id;
    await post(page, '/api/v1/checkout', {
      contact: { name: resident.name, email: resident.email },
      fulfilments: [{ shopId: product.shop.id, method: 'pickup_at_service_point', servicePointId }],
      payment: 'pay_at_pickup',
    });
  }
}

async function expectChartsWithTables(page: Page) {
  const charts = page.locator('figure.statistics-chart svg.recharts-surface');
  await charts.first().waitFor();
  expect(await charts.count()).toBeGreaterThanOrEqual(4);
  // Every chart's figures are in a table too.
  expect(await page.locator('.statistics-page table').count()).toBeGreaterThanOrEqual(
    await page.locator('figure.statistics-chart').count(),
  );
  // Whatever an axis counts (orders, deliveries, öre), its ticks are whole numbers.
  // Recharts sets a tick's words in tspans of their own: their text runs together, "1 500kr".
  const ticks = await page
    .locator('.recharts-cartesian-axis-tick-value')
    .evaluateAll((nodes) => nodes.map((node) => node.textContent.replace(/\s/g, '')));
  const figures = ticks.filter((tick) => /^\d/.test(tick));
  expect(figures.length).toBeGreaterThan(0);
  expect(figures.filter((tick) => !/^\d+(kr)?$/.test(tick))).toEqual([]);
}

test('the municipality admin sees the galleria and the service points in charts and tables, on a phone and a desktop', async () => {
  await ordersThisMonth();
  for (const viewport of [desktop, phone]) {
    const page = await environment.newPage({ viewport });
    await logIn(page, admin);
    await page.goto('/admin/kommun/arjeplog');
    await page.getByRole('link', { name: 'Statistik', exact: true }).click();
    await heading(page, 'Statistik för Arjeplog').waitFor();
    await expectChartsWithTables(page);
    const galleria = page.getByRole('region', { name: 'Gallerian' }).first();
    await galleria.waitFor();
    // At least the two orders made above this month (other browser tests share the
    // database and order too), none the same month a year earlier.
    const orders = page.getByRole('row', { name: /^Beställningar \d+ 0/ });
    await orders.first().waitFor();
    const count = /^Beställningar\s+(\d+)/.exec(await orders.first().innerText());
    expect(Number(count?.[1])).toBeGreaterThanOrEqual(2);
    // Home delivery's section: its key figures beside the year before, a chart and its table.
    const homeDelivery = page.getByRole('region', { name: 'Hemsändning', exact: true }).first();
    await homeDelivery.getByRole('table', { name: 'Leveranser per månad' }).waitFor();
    await homeDelivery.getByRole('rowheader', { name: 'Hushåll', exact: true }).waitFor();
    // A chart under a heading of its own is named by it, not titled a second time.
    await homeDelivery.getByRole('figure', { name: 'Per by', exact: true }).waitFor();
    expect(await page.locator('figcaption', { hasText: /^Per (by|butik|kategori)$/ }).count()).toBe(
      0,
    );
    await expectNoSeriousAccessibilityViolations(page);
    expect(await scrollsSideways(page), `sideways scroll at ${viewport.width} px`).toBe(false);

    // A period in the future is said on its field, and nothing is asked of the API.
    await page.getByLabel('Periodtyp', { exact: true }).selectOption('custom');
    await page.getByLabel('Från', { exact: true }).fill('2099-01-01');
    await page.getByLabel('Till och med', { exact: true }).fill('2099-01-31');
    await page
      .locator('form.statistics-period')
      .getByRole('button', { name: 'Visa', exact: true })
      .click();
    await page.getByText('Datumet ligger i framtiden.').first().waitFor();
    expect(await page.getByLabel('Från', { exact: true }).getAttribute('aria-invalid')).toBe(
      'true',
    );
    await expectNoSeriousAccessibilityViolations(page);
  }
});

test('the region admin sees the municipalities side by side and keeps the subsidy rules', async () => {
  const page = await environment.newPage({ viewport: desktop });
  await logIn(page, {
    email: 'region@example.se',
    password: demoPassword,
    name: 'Regina Regionsson',
  });
  await page.goto('/admin/region/statistik?kind=year&at=2026-01');
  await heading(page, 'Statistik för regionen').waitFor();
  await page.getByRole('region', { name: 'Kommunerna sida vid sida' }).first().waitFor();
  // The year before in words, its year said once; this year runs to today, so does that one.
  await page
    .getByText(/^Jämförs med 1( jan\.)?–\d{1,2} [a-zåäö]+\.? 2025$/)
    .first()
    .waitFor();
  await expectChartsWithTables(page);
  await expectNoSeriousAccessibilityViolations(page);
  await page.goto('/admin/region/hemsandningsbidrag');
  await heading(page, 'Hemsändningsbidragets regler').waitFor();
  await page.getByRole('rowheader', { name: '1 jan. 2011' }).waitFor();
  await page.getByText('Ändra: 1 jan. 2011–31 dec. 2023', { exact: true }).waitFor();
  await expectNoSeriousAccessibilityViolations(page);
});
