import { afterAll, expect, test } from 'vitest';
import { createDatabase, type Database } from '../../server/src/db/database.ts';
import { useE2eEnvironment } from './support/e2e-environment.ts';
import { heading } from './support/flows.ts';

const environment = useE2eEnvironment();
let database: Database | undefined;
afterAll(() => database?.close());

// What a municipality admin might type as a point's name; a public page must show it as text.
const markupName = '<img src="/files/x" alt="injected"><b>Adolfströms</b> paketskåp';

test('the map’s tooltip shows a service point’s name as text, markup and all', async () => {
  database = createDatabase(environment.databaseUrl);
  await database
    .knex('service_points')
    .where({ slug: 'adolfstroms-paketskap' })
    .update({ name: markupName });

  const page = await environment.newPage();
  await page.goto('/arjeplog/servicepunkter');
  await heading(page, 'Servicepunkter i Arjeplog').waitFor();
  const markers = page.locator('.service-point-map path.leaflet-interactive');
  await markers.first().waitFor();

  const tooltips = page.locator('.leaflet-tooltip');
  const texts: string[] = [];
  for (let index = 0; index < (await markers.count()); index += 1) {
    await markers.nth(index).hover();
    const tooltip = tooltips.last();
    await tooltip.waitFor();
    texts.push(await tooltip.innerText());
    expect(await tooltip.locator('img, b').count(), 'elements from a name').toBe(0);
    // Away from the marker, so the next tooltip is the only one.
    await page.mouse.move(0, 0);
    await tooltips.first().waitFor({ state: 'detached' });
  }
  expect(texts).toContain(markupName);
  expect(await page.locator('img[alt="injected"]').count()).toBe(0);
});
