import path from 'node:path';
import type { Page } from 'playwright-core';

export const demoPassword = 'galleria-demo';

/** The demo grocery's owner (Silvervägens Livs, Arjeplog), whom most paths start with. */
export const demoGrocer = {
  email: 'butik@arjeplog.example.se',
  password: demoPassword,
  name: 'Bengt Butiksson',
};

/** Logs in through the form, as a person would, and waits until the header shows the name. */
export async function logIn(
  page: Page,
  { email, password, name }: { email: string; password: string; name: string },
) {
  await page.goto('/logga-in');
  await page.getByLabel('E-postadress', { exact: true }).fill(email);
  await page.getByLabel('Lösenord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await accountMenuButton(page, name).waitFor();
}

/**
 * React has taken over a page the server rendered (it marks the nodes it hydrated). Before
 * that a link is an ordinary link: wait for this before testing what the app does on a click.
 */
export async function waitForHydration(page: Page, selector: string) {
  await page.waitForFunction(
    (target) =>
      Object.keys(document.querySelector(target) ?? {}).some((key) =>
        key.startsWith('__reactFiber'),
      ),
    selector,
  );
}

/** The shop a logged-in owner holds, read from their roles as the account menu would. */
export async function ownersShopId(page: Page): Promise<string> {
  const response = await page.request.get('/api/v1/me');
  const body = (await response.json()) as { roles: { scope: { type: string; id: string } }[] };
  const shopRole = body.roles.find((role) => role.scope.type === 'shop');
  if (!shopRole) throw new Error('the logged-in account holds no shop role');
  return shopRole.scope.id;
}

export function accountMenuButton(page: Page, name: string) {
  return page.getByRole('button', { name: new RegExp(name) });
}

export async function logOut(page: Page, name: string) {
  await accountMenuButton(page, name).click();
  await page
    .getByRole('banner')
    .getByRole('button', { name: /^(Logga ut|Log out)$/ })
    .click();
}

/** Opens the demo mailbox and follows the first link to `pathPrefix` in the newest mail to `to`. */
export async function followMailLink(
  page: Page,
  { to, pathPrefix }: { to: string; pathPrefix: string },
) {
  await page.goto('/dev/mailbox');
  const mail = page.getByRole('listitem').filter({ hasText: to }).first();
  await mail
    .getByRole('link', { name: new RegExp(pathPrefix) })
    .first()
    .click();
}

export function heading(page: Page, name: string | RegExp) {
  return page.getByRole('heading', { level: 1, name });
}

/** For looking at screens by eye: kept only when E2E_SCREENSHOTS names a folder. */
export async function keepScreenshot(page: Page, name: string) {
  const folder = process.env.E2E_SCREENSHOTS;
  if (folder) await page.screenshot({ path: path.join(folder, `${name}.png`), fullPage: true });
}
