import { expect, test } from 'vitest';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility.ts';
import { useE2eEnvironmentWithStripe } from './support/stripe-environment.ts';
import {
  demoGrocer,
  demoPassword,
  heading,
  keepScreenshot,
  logIn,
  logOut,
  ownersShopId,
} from './support/flows.ts';

const { environment, standIn } = useE2eEnvironmentWithStripe();

const grocer = demoGrocer;

test('a resident pays by card on the payment page and comes back to a paid order the shop sees', async () => {
  // The grocery connects to Stripe first: card is offered only for shops that can be paid.
  const ownerPage = await environment.newPage();
  await logIn(ownerPage, grocer);
  const shopId = await ownersShopId(ownerPage);
  await ownerPage.goto(`/konto/butiker/${shopId}/betalningar`);
  await ownerPage.getByRole('button', { name: 'Anslut till Stripe' }).click();
  await ownerPage.getByRole('button', { name: 'Complete onboarding' }).click();
  await ownerPage.getByText('Klar för kortbetalning', { exact: true }).waitFor();
  await logOut(ownerPage, grocer.name);

  const page = await environment.newPage({ viewport: { width: 390, height: 844 } });
  const search = await page.request.get('/api/v1/municipalities/arjeplog/products?q=Knäckebröd');
  const { items } = (await search.json()) as { items: { id: string; title: string }[] };
  const crispbread = items.find((item) => item.title === 'Knäckebröd råg');
  if (!crispbread) throw new Error('the demo catalogue has no Knäckebröd råg');
  await page.goto(`/arjeplog/produkter/${crispbread.id}`);
  await page.getByRole('button', { name: 'Lägg i varukorgen' }).click();
  await page.getByRole('status').filter({ hasText: 'ligger nu i varukorgen' }).waitFor();
  await page.goto('/kassa');
  await heading(page, 'Kassa').waitFor();
  await page.getByLabel('Namn', { exact: true }).fill('Kim Kortsson');
  await page.getByLabel('E-postadress', { exact: true }).fill('kim.kortsson@example.se');
  await page
    .getByRole('group', { name: 'Så får du varorna från Silvervägens Livs' })
    .getByRole('radio', { name: /^Hämta i butiken/ })
    .check();
  await page.getByRole('radio', { name: /^Kort/ }).check();
  await expectNoSeriousAccessibilityViolations(page);
  await page.getByRole('button', { name: 'Beställ' }).click();

  await page.getByRole('heading', { name: 'Stripe Checkout (stand-in)' }).waitFor();
  await page.getByText('Silvervägens Livs: Knäckebröd råg × 1').waitFor();
  await page.getByRole('button', { name: 'Pay' }).click();

  await heading(page, 'Din beställning').waitFor();
  await page.getByText('Betalt med kort.').waitFor();
  const order = page.getByRole('region', { name: 'Silvervägens Livs' });
  await order.getByText('Ny', { exact: true }).waitFor();
  await expectNoSeriousAccessibilityViolations(page);
  expect(
    standIn().deliveries.some((delivery) => delivery.type === 'checkout.session.completed'),
  ).toBe(true);

  await logIn(ownerPage, grocer);
  await ownerPage.goto(`/konto/butiker/${shopId}/bestallningar`);
  const shopOrder = ownerPage.locator('.order-list > li').filter({ hasText: 'Kim Kortsson' });
  await shopOrder.getByRole('button', { name: /^Acceptera/ }).click();
  await shopOrder.getByText('Accepterad', { exact: true }).waitFor();
  // Accepting sends the shop its share through Stripe.
  await expect
    .poll(() => standIn().requests.some((request) => request.path === '/v1/transfers'))
    .toBe(true);
});

// Decision 0070: a refund made in Stripe's dashboard was never seen by the galleria.
test('a refund made in Stripe’s dashboard and a disputed payment are listed first on the region admin’s page', async () => {
  const [charge] = [...standIn().state.charges.values()];
  if (!charge) throw new Error('the card test before pays a charge');
  standIn().refundInDashboard(charge.paymentIntent, { amount: 2500, reason: 'duplicate' });
  await standIn().settled();
  // And the rest disputed with the bank, as Stripe tells it.
  const status = await standIn().sendEvent('charge.dispute.created', {
    id: 'dp_e2e',
    amount: 390,
    payment_intent: charge.paymentIntent,
    reason: 'product_not_received',
    evidence_details: { due_by: Math.floor(Date.now() / 1000) + 10 * 24 * 3600 },
    created: Math.floor(Date.now() / 1000),
  });
  expect(status).toBe(200);
  const page = await environment.newPage({ viewport: { width: 360, height: 780 } });
  await logIn(page, {
    email: 'region@example.se',
    password: demoPassword,
    name: 'Regina Regionsson',
  });
  await page.goto('/admin/region');
  const panel = page.getByRole('region', { name: 'Återbetalningar utanför e-galleria' });
  await panel.getByText(/^25,00\skr återbetalat /).waitFor();
  await panel.getByText(/^Beställning \S+ på [\d,\s]+kr från Silvervägens Livs$/).waitFor();
  await panel.getByText('Orsak: duplicate').waitFor();
  const disputes = page.getByRole('region', { name: 'Bestridda kortbetalningar' });
  await disputes.getByText(/^3,90\skr bestritt /).waitFor();
  await disputes.getByText(/^Svara i Stripe senast \S+ \d+ \S+ kl\. \d\d:\d\d$/).waitFor();
  // Both come before the municipalities: money to settle by hand, the dispute first.
  const headings = await page.getByRole('heading', { level: 2 }).allInnerTexts();
  expect(headings.slice(0, 2)).toEqual([
    'Bestridda kortbetalningar',
    'Återbetalningar utanför e-galleria',
  ]);
  await expectNoSeriousAccessibilityViolations(page);
  await keepScreenshot(page, 'outside-refund-region-360');

  // Settled by hand: marked with who and when, and the list moves after the municipalities.
  const panel2 = page.getByRole('region', { name: 'Återbetalningar utanför e-galleria' });
  await panel2.getByRole('button', { name: 'Markera som avstämd' }).click();
  await panel2.getByText(/^Avstämd .+ av Regina Regionsson$/).waitFor();
  const after = await page.getByRole('heading', { level: 2 }).allInnerTexts();
  expect(after.slice(0, 2)).toEqual(['Bestridda kortbetalningar', 'Kommuner']);
  expect(after.at(-1)).toBe('Återbetalningar utanför e-galleria');
});
