import type { Messages } from './messages.ts';

export const enPayments: Messages['payments'] = {
  shop: {
    link: 'Payments',
    title: 'Payments for {{shop}}',
    intro:
      'Customers can pay by card in the galleria once the shop is connected to Stripe. The money for the shop’s orders is transferred to the shop’s Stripe account, less the municipality’s platform fee.',
    statusHeading: 'Status',
    state: {
      not_connected: 'Not connected',
      onboarding: 'Connection started',
      ready: 'Ready for card payment',
    },
    stateIntro: {
      not_connected:
        'The shop only takes payment at pickup. Connect the shop to Stripe so customers can pay by card.',
      onboarding:
        'Stripe needs more details before the shop can receive money. Continue where you left off.',
      ready: 'Customers can pay by card. Payouts go to the shop’s bank account through Stripe.',
    },
    chargesEnabled: 'Card payments',
    payoutsEnabled: 'Payouts',
    detailsSubmitted: 'Details submitted',
    yes: 'Yes',
    no: 'No',
    updatedAt: 'Last updated {{date}}',
    connect: 'Connect to Stripe',
    continue: 'Continue connecting at Stripe',
    review: 'Change the details at Stripe',
    redirectHint: 'You are taken to Stripe and come back here when you are done.',
    returned: 'Welcome back. The status below was just read from Stripe.',
    linkExpired: 'The link to Stripe had expired. Open a new one with the button below.',
    notConfigured: 'Card payment is not set up on this galleria. Customers pay at pickup.',
    backToShop: 'Back to the shop',
  },
  fee: {
    heading: 'Platform fee',
    intro:
      'The municipality’s share of each card payment to a shop, deducted before the money is transferred to the shop. Payment at pickup is not affected.',
    label: 'Fee in percent',
    hint: 'From 0 to 20 percent, with at most two decimals, for example 2.5.',
    save: 'Save the fee',
    saved: 'The platform fee is saved.',
    invalid: 'Enter a percentage from 0 to 20, for example 2.5.',
  },
};
