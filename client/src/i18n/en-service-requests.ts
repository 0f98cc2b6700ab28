import type { Messages } from './messages.ts';

export const enServiceRequests: Messages['serviceRequests'] = {
  form: {
    heading: 'Send a request',
    intro:
      'Say where and when it suits you. The shop calls you back, and you agree on time and price.',
    name: 'Name',
    email: 'E-mail',
    phone: 'Phone',
    phoneHint: 'The shop calls you on this number.',
    streetAddress: 'Street address',
    postalCode: 'Postal code',
    postalCodeHint: 'Five digits, such as 938 30.',
    village: 'Town or village',
    preferredTime: 'When does it suit you?',
    preferredTimeHint: 'For example “a morning next week” or “after 4 pm”.',
    message: 'Message (optional)',
    submit: 'Send request',
    sent: 'Your request has been sent to {{shop}}. They will contact you.',
    sentReceipt: 'A copy goes to {{email}}. Nothing is booked or paid yet.',
  },
  own: {
    heading: 'Your requests',
    intro:
      'Services you asked for at your home. The shop calls you to agree on the time and price.',
    line: '{{product}} from {{shop}}',
    asked: 'Sent {{date}}',
    waiting: 'The shop has not answered yet.',
  },
  shop: {
    title: 'Requests',
    link: 'Requests for services at the customer’s home',
    linkWithNew_one: 'Requests for services at the customer’s home ({{count}} new)',
    linkWithNew_other: 'Requests for services at the customer’s home ({{count}} new)',
    backToOrders: 'Back to the orders',
    intro:
      'Customers who want a service at home. Call or e-mail to agree on time, address and payment. Then mark the request answered, or decline it.',
    empty: 'No requests yet.',
    asked: 'Sent {{date}}',
    when: 'When it suits',
    message: 'Message',
    call: 'Call {{phone}}',
    answer: 'Mark as answered',
    decline: 'Decline',
    declineReason: 'Reason (optional, e-mailed to the customer)',
    declineAgain: 'Yes, decline',
    saved: 'Saved.',
    declinedReason: 'Reason: {{reason}}',
    status: {
      new: 'New',
      answered: 'Answered',
      declined: 'Declined',
    },
  },
};
