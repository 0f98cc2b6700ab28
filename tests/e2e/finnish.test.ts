import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility.ts';
import { useE2eEnvironment } from './support/e2e-environment.ts';
import { demoPassword, heading, keepScreenshot, logIn, ownersShopId } from './support/flows.ts';
import { headerToolsOverlapBrand, scrollsSideways } from './support/layout.ts';
import { productId } from './support/shopping.ts';

// Finnish for the Finnish administrative area's residents (decision 0072): the switch in the
// header, a municipality's own Finnish text or its Swedish one marked as Swedish, and a guest's
// whole order in Finnish, down to the mail.

const environment = useE2eEnvironment();

test('a reader switches to Finnish: Gällivare speaks Finnish, Arjeplog’s own text stays Swedish and says so', async () => {
  const page = await environment.newPage();
  await page.goto('/gallivare');
  await heading(page, 'Gällivares e-galleria').waitFor();
  await page.getByRole('button', { name: 'Suomi' }).click();
  await heading(page, 'Jällivaaran e-galleria').waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('fi');
  await page.getByText('Jällivaaran kaupat yhdessä paikassa').waitFor();
  await expectNoSeriousAccessibilityViolations(page);

  // Arjeplog wrote no Finnish: its Swedish heading is marked as Swedish for screen readers,
  // the galleria's own words around it are Finnish.
  await page.goto('/arjeplog');
  const title = heading(page, 'Handla lokalt i Arjeplog');
  await title.waitFor();
  expect(await title.getAttribute('lang')).toBe('sv');
  await page.getByRole('button', { name: 'Suomi', pressed: true }).waitFor();
  await keepScreenshot(page, 'finnish-arjeplog-desktop');
  await expectNoSeriousAccessibilityViolations(page);
});

test('a Finnish-reading guest on a phone orders bread for pickup in the shop, and the mail is in Finnish', async () => {
  const page = await environment.newPage({ viewport: { width: 360, height: 740 } });
  await page.addInitScript(() => localStorage.setItem('e-galleria.locale', 'fi'));
  await page.goto(`/arjeplog/produkter/${await productId(page, 'Tunnbröd')}`);
  await heading(page, 'Tunnbröd').waitFor();
  await page.getByRole('button', { name: 'Lisää ostoskoriin' }).click();
  await page.getByRole('status').filter({ hasText: 'Tunnbröd on nyt ostoskorissa.' }).waitFor();
  await page.getByRole('link', { name: 'Ostoskori (1)' }).click();

  await heading(page, 'Ostoskori').waitFor();
  await page.getByRole('link', { name: 'Kassalle' }).click();
  await heading(page, 'Kassa').waitFor();
  await page.getByLabel('Nimi', { exact: true }).fill('Aino Esimerkki');
  await page.getByLabel('Sähköpostiosoite', { exact: true }).fill('aino@example.se');
  // Sent without a choice, the summary says what is missing, in Finnish.
  await page.getByRole('button', { name: 'Tilaa' }).click();
  await page
    .getByRole('alert')
    .getByText(/Slagnäs Bageri/)
    .waitFor();
  await page
    .getByRole('group', { name: 'Näin saat tuotteet kaupasta Slagnäs Bageri' })
    .getByRole('radio', { name: /^Nouto kaupasta/ })
    .check();
  await keepScreenshot(page, 'finnish-checkout-phone');
  await expectNoSeriousAccessibilityViolations(page);
  await page.getByRole('button', { name: 'Tilaa' }).click();

  await heading(page, 'Tilauksesi').waitFor();
  await page.getByRole('link', { name: 'Ostoskori (0)' }).waitFor();
  await keepScreenshot(page, 'finnish-confirmation-phone');
  await expectNoSeriousAccessibilityViolations(page);

  // The order kept the language it was placed in: its mail speaks Finnish.
  await page.goto('/dev/mailbox');
  const mail = page.getByRole('listitem').filter({ hasText: 'aino@example.se' }).first();
  await mail.waitFor();
  expect(await mail.textContent()).toMatch(/Hei Aino Esimerkki/);
});

type Me = { roles: { role: string; scope: { type: string; id: string; slug: string } }[] };

/** Logs in through the API, so the page keeps the Finnish chosen in the browser. */
async function logInKeepingFinnish(page: Page, email: string): Promise<Me> {
  const response = await page.request.post('/api/v1/auth/login', {
    data: { email, password: demoPassword },
  });
  expect(response.status()).toBe(200);
  return (await (await page.request.get('/api/v1/me')).json()) as Me;
}

const scopeOf = (me: Me, type: string) => {
  const role = me.roles.find((candidate) => candidate.scope.type === type);
  if (!role) throw new Error(`no ${type} role`);
  return role.scope;
};

/**
 * Finnish words run long ("kotiinkuljetuksen", "palvelupisteen"): every page each person
 * works on, at 360 px, in Finnish, must still fit without scrolling sideways.
 */
const pagesByPerson: { who: string; email: string | null; paths: (me: Me) => string[] }[] = [
  {
    who: 'a visitor',
    email: null,
    paths: () => [
      '/',
      '/arjeplog',
      '/arjeplog/butiker',
      '/arjeplog/butiker/silvervagens-livs',
      '/arjeplog/servicepunkter',
      '/arjeplog/hemleverans',
      '/arjeplog/sok?q=bröd',
      '/varukorg',
      '/logga-in',
      '/registrera',
      '/kopvillkor',
      '/integritet',
    ],
  },
  {
    who: 'boende@arjeplog.example.se',
    email: 'boende@arjeplog.example.se',
    paths: () => ['/konto', '/konto/bestallningar', '/konto/adresser'],
  },
  {
    who: 'butik@arjeplog.example.se',
    email: 'butik@arjeplog.example.se',
    paths: (me) => {
      const shop = `/konto/butiker/${scopeOf(me, 'shop').id}`;
      return ['', '/bestallningar', '/sortiment', '/sortiment/ny', '/leverans', '/hemleveranser']
        .concat(['/forsaljning', '/statistik', '/betalningar', '/telefonorder', '/forfragningar'])
        .map((part) => `${shop}${part}`);
    },
  },
  {
    who: 'ombud@laisvall.example.se',
    email: 'ombud@laisvall.example.se',
    paths: (me) => [`/konto/ombud/${scopeOf(me, 'service_point').slug}`],
  },
  {
    who: 'bud@arjeplog.example.se',
    email: 'bud@arjeplog.example.se',
    paths: (me) => [`/konto/bud/${scopeOf(me, 'carrier').slug}`],
  },
  {
    who: 'kommun@arjeplog.example.se',
    email: 'kommun@arjeplog.example.se',
    paths: () =>
      ['', '/butiker', '/servicepunkter', '/hushall', '/hemleverans', '/statistik']
        .concat(['/hemsandningsbidrag', '/bestallningar'])
        .map((part) => `/admin/kommun/arjeplog${part}`),
  },
  {
    who: 'region@example.se',
    email: 'region@example.se',
    paths: () => ['/admin/region', '/admin/region/statistik', '/admin/region/hemsandningsbidrag'],
  },
];

test.each(pagesByPerson)(
  'in Finnish on a 360 px phone, no page $who works on scrolls sideways or hides the brand',
  async ({ email, paths }) => {
    const page = await environment.newPage({ viewport: { width: 360, height: 740 } });
    await page.addInitScript(() => localStorage.setItem('e-galleria.locale', 'fi'));
    const me = email ? await logInKeepingFinnish(page, email) : { roles: [] };
    const wide: string[] = [];
    for (const path of paths(me)) {
      await page.goto(path);
      await page.locator('main h1').first().waitFor();
      await page.waitForFunction(() => document.documentElement.lang === 'fi');
      if ((await scrollsSideways(page)) || (await headerToolsOverlapBrand(page))) wide.push(path);
      await keepScreenshot(page, `finnish-360${path.replaceAll(/[/?=]/g, '_')}`);
    }
    expect(wide).toEqual([]);
  },
);

test('a shop that writes in Finnish says so, and its goods are marked Finnish on a Swedish page', async () => {
  const owner = await environment.newPage({ viewport: { width: 360, height: 740 } });
  await logIn(owner, {
    email: 'bageri@arjeplog.example.se',
    password: demoPassword,
    name: 'Maj Mjölnare',
  });
  await owner.goto(`/konto/butiker/${await ownersShopId(owner)}`);
  await owner.getByLabel('Butikens texter är skrivna på', { exact: true }).selectOption('fi');
  await owner.getByRole('button', { name: 'Spara uppgifterna' }).click();
  await owner.getByRole('status').filter({ hasText: 'Uppgifterna är sparade.' }).waitFor();
  await keepScreenshot(owner, 'shop-content-language-phone');

  // A Swedish reader: the galleria's words stay Swedish, the shop's are marked Finnish.
  const reader = await environment.newPage();
  await reader.goto(`/arjeplog/produkter/${await productId(reader, 'Tunnbröd')}`);
  const title = heading(reader, 'Tunnbröd');
  await title.waitFor();
  expect(await title.getAttribute('lang')).toBe('fi');
  expect(await reader.evaluate(() => document.documentElement.lang)).toBe('sv');
  await reader.goto('/arjeplog/butiker/slagnas-bageri');
  await reader.locator('.product-card__title a[lang="fi"]').first().waitFor();
  expect(await reader.locator('.product-card__title a[lang="sv"]').count()).toBe(0);
  await expectNoSeriousAccessibilityViolations(reader);
});

test('a Finnish reader on a phone searches "maito" and finds the milk the shop wrote in Swedish', async () => {
  const page = await environment.newPage({ viewport: { width: 360, height: 740 } });
  await page.addInitScript(() => localStorage.setItem('e-galleria.locale', 'fi'));
  await page.goto('/arjeplog/sok?q=maito');
  // The page comes rendered in Swedish; the browser renders it again in Finnish.
  await page.waitForFunction(() => document.documentElement.lang === 'fi');
  await heading(page, 'Hakutulokset: ”maito”').waitFor();
  await page.getByRole('link', { name: 'Mellanmjölk 1,5 %' }).waitFor();
  await keepScreenshot(page, 'finnish-search-maito-phone');
  await expectNoSeriousAccessibilityViolations(page);
});

test('a reader who chose Finnish and then logs in stays in Finnish, though the account says Swedish', async () => {
  const page = await environment.newPage({ viewport: { width: 360, height: 740 } });
  await page.addInitScript(() => localStorage.setItem('e-galleria.locale', 'fi'));
  await page.goto('/logga-in');
  await heading(page, 'Kirjaudu sisään').waitFor();
  await page.getByLabel('Sähköpostiosoite', { exact: true }).fill('bageri@arjeplog.example.se');
  await page.getByLabel('Salasana', { exact: true }).fill(demoPassword);
  await page.getByRole('button', { name: 'Kirjaudu sisään' }).click();
  await page.waitForURL(/\/konto\/butiker\/.+\/bestallningar/);
  await page.locator('main h1').waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('fi');
  // The account keeps its own language for its mails: only this device reads Finnish.
  const me = (await (await page.request.get('/api/v1/me')).json()) as { user: { locale: string } };
  expect(me.user.locale).toBe('sv');
});
