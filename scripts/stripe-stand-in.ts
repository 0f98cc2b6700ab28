// `npm run demo:stripe`: the local Stripe stand-in, to try card payment and shop onboarding
// with `npm start` and no Stripe account. It prints the environment to start the galleria with.
import { startStripeStandIn } from '../tests/support/stripe-stand-in.ts';

const port = Number(process.env.STRIPE_STAND_IN_PORT ?? 12111);
const appUrl = (process.env.PUBLIC_URL ?? 'http://localhost:3000').replace(/\/$/, '');
const standIn = await startStripeStandIn({ port, webhookUrl: `${appUrl}/api/v1/webhooks/stripe` });
const env = Object.entries(standIn.env)
  .map(([name, value]) => `${name}=${value}`)
  .join(' ');
console.log(`Stripe stand-in listening on ${standIn.url}, sending webhooks to ${appUrl}.`);
console.log(`In another terminal:\n  ${env} npm start`);

process.on('SIGINT', () => {
  void standIn.close().finally(() => process.exit(0));
});
