import { expect, test } from 'vitest';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility.ts';
import { useE2eEnvironmentWithStripe } from './support/stripe-environment.ts';
import { demoGrocer, demoPassword, heading, logIn } from './support/flows.ts';

const { environment, standIn } = useE2eEnvironmentWithStripe();

test('the grocery’s owner connects the shop to Stripe and comes back to a ready status', async () => {
  const page = await environment.newPage();
  await logIn(page, demoGrocer);
  const me = (await (await page.request.get('/api/v1/me')).json()) as {
    roles: { role: string; scope: { id: string } }[];
  };
  const shopId = me.roles.find((held) => held.role === 'shop_owner')?.scope.id ?? '';
  await page.goto(`/konto/butiker/${shopId}`);
  await page.getByRole('link', { name: 'Betalningar' }).click();
  await heading(page, /^Betalningar för/).waitFor();
  await page.getByText('Inte ansluten', { exact: true }).waitFor();
  await expectNoSeriousAccessibilityViolations(page);

  await page.getByRole('button', { name: 'Anslut till Stripe' }).click();
  await page.getByRole('heading', { name: 'Stripe onboarding (stand-in)' }).waitFor();
  await page.getByRole('button', { name: 'Complete onboarding' }).click();

  await heading(page, /^Betalningar för/).waitFor();
  expect(new URL(page.url()).search).toBe('?klar=1');
  await page.getByText('Klar för kortbetalning', { exact: true }).waitFor();
  await page.getByText(/Välkommen tillbaka/).waitFor();
  expect(standIn().deliveries.at(-1)).toMatchObject({ type: 'account.updated', status: 200 });
  await expectNoSeriousAccessibilityViolations(page);
});

test('the Arjeplog admin sets the platform fee in percent', async () => {
  const page = await environment.newPage();
  await logIn(page, {
    email: 'kommun@arjeplog.example.se',
    password: demoPassword,
    name: 'Kerstin Kommunberg',
  });
  await page.goto('/admin/kommun/arjeplog');
  const fee = page.getByLabel('Avgift i procent', { exact: true });
  await fee.fill('tjugo');
  await page.getByRole('button', { name: 'Spara avgiften' }).click();
  await page
    .getByRole('alert')
    .getByText(/Skriv en procentsats/)
    .waitFor();

  await fee.fill('2,5');
  await page.getByRole('button', { name: 'Spara avgiften' }).click();
  await page.getByRole('status').filter({ hasText: 'Plattformsavgiften är sparad.' }).waitFor();
  await expectNoSeriousAccessibilityViolations(page);
  await page.reload();
  expect(await page.getByLabel('Avgift i procent', { exact: true }).inputValue()).toBe('2,5');
});
