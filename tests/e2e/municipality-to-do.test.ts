import { afterAll, expect, test } from 'vitest';
import { createDatabase, type Database } from '../../server/src/db/database.ts';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility.ts';
import { useE2eEnvironment } from './support/e2e-environment.ts';
import { demoPassword, heading, keepScreenshot, logIn } from './support/flows.ts';
import { scrollsSideways } from './support/layout.ts';

const environment = useE2eEnvironment();
let database: Database | undefined;
afterAll(() => database?.close());

test('on a phone the Arjeplog admin lands on what waits for her and follows it to the households', async () => {
  const page = await environment.newPage({ viewport: { width: 360, height: 740 } });
  await logIn(page, {
    email: 'kommun@arjeplog.example.se',
    password: demoPassword,
    name: 'Kerstin Kommunberg',
  });
  // Where her work waits: the start page she lands on after logging in.
  await heading(page, 'Inställningar för Arjeplog').waitFor();
  const toDo = page.getByRole('region', { name: 'Att göra' });
  const households = toDo.getByRole('link', {
    name: '2 hushåll väntar på beslut om hemleverans',
  });
  await households.waitFor();
  // Only what waits is listed: the demo has no shop or report waiting.
  expect(await toDo.getByRole('link').count()).toBe(1);
  await keepScreenshot(page, 'to-do-arjeplog-phone');
  await expectNoSeriousAccessibilityViolations(page);
  expect(await scrollsSideways(page)).toBe(false);

  await households.click();
  await heading(page, 'Hushåll med hemsändning i Arjeplog').waitFor();
  expect(new URL(page.url()).searchParams.get('status')).toBe('applied');
  const main = page.getByRole('main');
  await main.getByRole('listitem', { name: 'Olof Vinterberg' }).waitFor();
  await main.getByRole('listitem', { name: 'Anna-Lena Strömholm' }).waitFor();
});

test('on a desktop an admin with nothing waiting is told so', async () => {
  const page = await environment.newPage({ viewport: { width: 1280, height: 900 } });
  await logIn(page, {
    email: 'kommun@gallivare.example.se',
    password: demoPassword,
    name: 'Göran Gällström',
  });
  await heading(page, 'Inställningar för Gällivare').waitFor();
  const toDo = page.getByRole('region', { name: 'Att göra' });
  await toDo.getByText('Inget väntar på er just nu.').waitFor();
  expect(await toDo.getByRole('link').count()).toBe(0);
  await keepScreenshot(page, 'to-do-gallivare-desktop');
  await expectNoSeriousAccessibilityViolations(page);

  // The region's admin opens the same settings without a to-do list: it is not theirs.
  const region = await environment.newPage();
  await logIn(region, {
    email: 'region@example.se',
    password: demoPassword,
    name: 'Regina Regionsson',
  });
  await region.goto('/admin/kommun/gallivare');
  await heading(region, 'Inställningar för Gällivare').waitFor();
  expect(await region.getByRole('region', { name: 'Att göra' }).count()).toBe(0);
});

test('on a desktop the list counts a shop to review and a neighbour’s listing request, and each link leads to it', async () => {
  // A demo shop back under review, and a Gällivare shop asking to be shown in Arjeplog.
  database ??= createDatabase(environment.databaseUrl);
  const { knex } = database;
  const idOf = async (table: string, slug: string) =>
    (await knex(table).where({ slug }).first<{ id: string }>('id')).id;
  await knex('shops').where({ slug: 'hornavans-fisk-vilt' }).update({ status: 'submitted' });
  await knex('shop_listings').insert({
    shop_id: await idOf('shops', 'dundrets-brod'),
    municipality_id: await idOf('municipalities', 'arjeplog'),
    status: 'requested',
    requested_at: Date.now(),
  });

  const page = await environment.newPage({ viewport: { width: 1280, height: 900 } });
  await logIn(page, {
    email: 'kommun@arjeplog.example.se',
    password: demoPassword,
    name: 'Kerstin Kommunberg',
  });
  const toDo = page.getByRole('region', { name: 'Att göra' });
  await toDo.getByRole('link', { name: '1 butik väntar på granskning' }).waitFor();
  await toDo.getByRole('link', { name: '2 hushåll väntar på beslut om hemleverans' }).waitFor();
  await keepScreenshot(page, 'to-do-arjeplog-desktop');

  await toDo.getByRole('link', { name: '1 butik väntar på granskning' }).click();
  await heading(page, 'Butiker i Arjeplog').waitFor();
  await page.getByRole('main').getByRole('link', { name: 'Hornavans Fisk & Vilt' }).waitFor();
  expect(await page.getByRole('main').getByRole('row').count()).toBe(2);

  await page.goBack();
  await toDo
    .getByRole('link', { name: '1 butik i en annan kommun vill visas i er galleria' })
    .click();
  await heading(page, 'Butiker i Arjeplog').waitFor();
  const requests = page.getByRole('region', {
    name: 'Förfrågningar från butiker i andra kommuner',
  });
  await requests.getByText('Dundrets Bröd från Gällivare').waitFor();
  // Taken to the requests themselves, further down the page, and focus with them.
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
    'Förfrågningar från butiker i andra kommuner',
  );
  await expect
    .poll(() => requests.evaluate((section) => section.getBoundingClientRect().top))
    .toBeLessThan(900);
  await keepScreenshot(page, 'to-do-listing-requests-desktop');
});
