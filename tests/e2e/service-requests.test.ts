import { expect, test } from 'vitest';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility.ts';
import { useE2eEnvironment } from './support/e2e-environment.ts';
import { demoPassword, heading, keepScreenshot, logIn, ownersShopId } from './support/flows.ts';
import { productId } from './support/shopping.ts';

const environment = useE2eEnvironment();

// A haircut at home is asked for with a request (decision 0071): the guest says where and when,
// the salon sees it under "Förfrågningar" and marks it answered once it has called.
test('a guest sends a request for a haircut at home, and the salon marks it answered', async () => {
  const guest = await environment.newPage({ viewport: { width: 360, height: 780 } });
  await guest.goto(`/arjeplog/produkter/${await productId(guest, 'Klippning i hemmet')}`);
  await heading(guest, 'Klippning i hemmet').waitFor();
  const form = guest.getByRole('region', { name: 'Skicka en förfrågan' });
  await form.getByRole('button', { name: 'Skicka förfrågan' }).waitFor();

  // Sent empty: the summary and each required field say what is missing.
  await form.getByRole('button', { name: 'Skicka förfrågan' }).click();
  await guest.getByRole('alert').waitFor();
  expect(await form.locator('.field__error').count()).toBe(7);
  await expectNoSeriousAccessibilityViolations(guest);
  await keepScreenshot(guest, 'service-request-errors-360');

  await form.getByLabel('Namn', { exact: true }).fill('Gun Gäst');
  await form.getByLabel('E-post', { exact: true }).fill('gun.gast@example.se');
  await form.getByLabel('Telefon', { exact: true }).fill('070-123 45 67');
  await form.getByLabel('Gatuadress', { exact: true }).fill('Storvägen 14');
  await form.getByLabel('Postnummer', { exact: true }).fill('938 30');
  await form.getByLabel('Ort', { exact: true }).fill('Laisvall');
  await form.getByLabel('När passar det?').fill('En förmiddag nästa vecka, helst tisdag.');
  await form.getByLabel('Meddelande (frivilligt)').fill('Ring gärna först.');
  await form.getByRole('button', { name: 'Skicka förfrågan' }).click();
  await guest
    .getByRole('status')
    .filter({ hasText: 'Förfrågan är skickad till Salong Norrsken. De hör av sig till dig.' })
    .waitFor();
  await guest.getByText('Du får en kopia till gun.gast@example.se.', { exact: false }).waitFor();
  await expectNoSeriousAccessibilityViolations(guest);
  await keepScreenshot(guest, 'service-request-sent-360');

  const sara = await environment.newPage({ viewport: { width: 1280, height: 900 } });
  await logIn(sara, {
    email: 'salong@arjeplog.example.se',
    password: demoPassword,
    name: 'Sara Saxberg',
  });
  const shopId = await ownersShopId(sara);
  await sara.goto(`/konto/butiker/${shopId}/bestallningar`);
  // The demo's request of yesterday and this one wait: the link says how many are new.
  await sara
    .getByRole('link', { name: 'Förfrågningar om tjänster hemma hos kunden (2 nya)' })
    .click();
  await heading(sara, 'Förfrågningar').waitFor();
  const card = sara.getByRole('listitem', { name: 'Gun Gäst: Klippning i hemmet' });
  await card.getByText('Storvägen 14, 938 30 Laisvall').waitFor();
  await card.getByText('En förmiddag nästa vecka, helst tisdag.').waitFor();
  expect(await card.getByRole('link', { name: 'Ring 070-123 45 67' }).getAttribute('href')).toMatch(
    /^tel:/,
  );
  await card.getByText('Ny', { exact: true }).waitFor();
  await expectNoSeriousAccessibilityViolations(sara);
  await keepScreenshot(sara, 'service-requests-shop-1280');

  await card.getByRole('button', { name: 'Markera som besvarad' }).click();
  await card.getByText('Besvarad', { exact: true }).waitFor();
  expect(await card.getByRole('button', { name: 'Avböj' }).count()).toBe(0);
  await expectNoSeriousAccessibilityViolations(sara);
  await keepScreenshot(sara, 'service-requests-answered-1280');
});

test('a resident’s request is in her account, with what the shop made of it', async () => {
  const page = await environment.newPage({ viewport: { width: 360, height: 780 } });
  await logIn(page, {
    email: 'boende@arjeplog.example.se',
    password: demoPassword,
    name: 'Britt Bymark',
  });
  await page.goto(`/arjeplog/produkter/${await productId(page, 'Klippning i hemmet')}`);
  const form = page.getByRole('region', { name: 'Skicka en förfrågan' });
  // Her name and saved address are filled in.
  expect(await form.getByLabel('Namn', { exact: true }).inputValue()).toBe('Britt Bymark');
  await form.getByLabel('När passar det?').fill('Fredag förmiddag.');
  if ((await form.getByLabel('Telefon', { exact: true }).inputValue()) === '')
    await form.getByLabel('Telefon', { exact: true }).fill('070-174 06 10');
  await form.getByRole('button', { name: 'Skicka förfrågan' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: /^Förfrågan är skickad/ })
    .waitFor();

  await page.goto('/konto');
  const own = page.getByRole('region', { name: 'Dina förfrågningar' });
  const item = own
    .getByRole('listitem')
    .filter({ hasText: 'Klippning i hemmet hos Salong Norrsken' });
  await item.getByText('Ny', { exact: true }).waitFor();
  await item.getByText('Butiken har inte svarat än.').waitFor();
  await expectNoSeriousAccessibilityViolations(page);
  await keepScreenshot(page, 'own-service-requests-360');
});
