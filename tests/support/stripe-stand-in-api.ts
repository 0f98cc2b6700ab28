import {
  createStandInConnect,
  type StandInAccount,
  type StandInLink,
} from './stripe-stand-in-connect.ts';
import {
  type FormObject,
  StandInRequestError,
  newId,
  notFound,
  seconds,
  readArray,
  readInteger,
  readObject,
  readString,
  readStringRecord,
} from './stripe-form.ts';

/** The objects the stand-in keeps, in Stripe's JSON shape (snake_case, seconds, minor units). */
export type StandInSession = {
  id: string;
  object: 'checkout.session';
  mode: 'payment';
  currency: string;
  amount_total: number;
  client_reference_id: string | null;
  customer_email: string | null;
  metadata: Record<string, string>;
  payment_intent: string | null;
  payment_status: 'unpaid' | 'paid';
  status: 'open' | 'complete' | 'expired';
  success_url: string;
  cancel_url: string;
  expires_at: number;
  created: number;
  livemode: false;
  url: string | null;
  /** Not in Stripe's answer: kept so tests can check what the payment was created with. */
  lines: { name: string; quantity: number; amountOre: number }[];
  transfer_group: string | null;
};

type Charge = {
  id: string;
  paymentIntent: string;
  amount: number;
  refunded: number;
  transferred: number;
};
type Transfer = {
  id: string;
  amount: number;
  reversed: number;
  destination: string;
  transferGroup: string | null;
  sourceTransaction: string | null;
};
/** Each refund and reversal Stripe made, so tests can count them (not only their sums). */
type Refund = {
  id: string;
  charge: string;
  amount: number;
  metadata: Record<string, string>;
  reason: string | null;
};
type Reversal = { id: string; transfer: string; amount: number };

export type StandInState = {
  sessions: Map<string, StandInSession>;
  charges: Map<string, Charge>;
  transfers: Map<string, Transfer>;
  refunds: Map<string, Refund>;
  reversals: Map<string, Reversal>;
  accounts: Map<string, StandInAccount>;
  links: Map<string, StandInLink>;
};

export function createStandInApi(deps: {
  baseUrl: () => string;
  sendLater: (type: string, object: unknown) => void;
}) {
  const state: StandInState = {
    sessions: new Map(),
    charges: new Map(),
    transfers: new Map(),
    refunds: new Map(),
    reversals: new Map(),
    accounts: new Map(),
    links: new Map(),
  };

  const connect = createStandInConnect({ state, baseUrl: deps.baseUrl });
  const { account } = connect;
  const session = (id: string) => {
    const found = state.sessions.get(id);
    if (!found) throw notFound('checkout.session', id);
    return found;
  };
  const chargeOfIntent = (paymentIntent: string) => {
    const found = [...state.charges.values()].find(
      (charge) => charge.paymentIntent === paymentIntent,
    );
    if (!found) throw notFound('payment_intent', paymentIntent);
    return found;
  };
  const positive = (form: FormObject, key: string) => {
    const amount = readInteger(form, key) ?? 0;
    if (amount < 1) throw new StandInRequestError('Amount must be at least 1.', { param: key });
    return amount;
  };

  function createSession(form: FormObject): StandInSession {
    if (readString(form, 'mode') !== 'payment')
      throw new StandInRequestError('Only mode=payment is supported here.', { param: 'mode' });
    const lines = readArray(form, 'line_items').map((item, index) => {
      const priceData = readObject(item, 'price_data');
      if (readString(priceData, 'currency') !== 'sek')
        throw new StandInRequestError('Only SEK here.', {
          param: `line_items[${index}][price_data][currency]`,
        });
      return {
        name: readString(readObject(priceData, 'product_data'), 'name') ?? '',
        quantity: readInteger(item, 'quantity') ?? 1,
        amountOre: readInteger(priceData, 'unit_amount') ?? 0,
      };
    });
    if (lines.length === 0)
      throw new StandInRequestError('line_items is required.', { param: 'line_items' });
    const created = seconds();
    const expiresAt = readInteger(form, 'expires_at', false) ?? created + 24 * 3600;
    if (expiresAt < created + 30 * 60 - 5 || expiresAt > created + 24 * 3600 + 5)
      throw new StandInRequestError('expires_at must be 30 minutes to 24 hours from now.', {
        param: 'expires_at',
      });
    const id = newId('cs_test');
    const created_session: StandInSession = {
      id,
      object: 'checkout.session',
      mode: 'payment',
      currency: 'sek',
      amount_total: lines.reduce((sum, line) => sum + line.amountOre * line.quantity, 0),
      client_reference_id: readString(form, 'client_reference_id', false),
      customer_email: readString(form, 'customer_email', false),
      metadata: readStringRecord(form, 'metadata'),
      payment_intent: null,
      payment_status: 'unpaid',
      status: 'open',
      success_url: readString(form, 'success_url') ?? '',
      cancel_url: readString(form, 'cancel_url') ?? '',
      expires_at: expiresAt,
      created,
      livemode: false,
      url: `${deps.baseUrl()}/checkout/${id}`,
      lines,
      transfer_group: readString(readObject(form, 'payment_intent_data'), 'transfer_group', false),
    };
    state.sessions.set(id, created_session);
    return created_session;
  }

  function expireSession(id: string) {
    const found = session(id);
    if (found.status !== 'open')
      throw new StandInRequestError(
        `Only open sessions can be expired; this one is ${found.status}.`,
      );
    found.status = 'expired';
    found.url = null;
    deps.sendLater('checkout.session.expired', found);
    return found;
  }

  function createTransfer(form: FormObject) {
    const amount = positive(form, 'amount');
    const destination = readString(form, 'destination') ?? '';
    account(destination);
    const sourceTransaction = readString(form, 'source_transaction', false);
    if (sourceTransaction) {
      const charge = state.charges.get(sourceTransaction);
      if (!charge) throw notFound('charge', sourceTransaction);
      if (charge.transferred + amount > charge.amount)
        throw new StandInRequestError('Transfers exceed the source charge.', { param: 'amount' });
      charge.transferred += amount;
    }
    const transfer: Transfer = {
      id: newId('tr'),
      amount,
      reversed: 0,
      destination,
      transferGroup: readString(form, 'transfer_group', false),
      sourceTransaction,
    };
    state.transfers.set(transfer.id, transfer);
    return transferJson(transfer);
  }

  function transferJson(transfer: Transfer) {
    return {
      id: transfer.id,
      object: 'transfer',
      amount: transfer.amount,
      amount_reversed: transfer.reversed,
      currency: 'sek',
      destination: transfer.destination,
      transfer_group: transfer.transferGroup,
      source_transaction: transfer.sourceTransaction,
      reversed: transfer.reversed === transfer.amount,
    };
  }

  /** Stripe's list, filtered as our gateway asks: by transfer group and destination. */
  function listTransfers(form: FormObject) {
    const group = readString(form, 'transfer_group', false);
    const destination = readString(form, 'destination', false);
    const data = [...state.transfers.values()]
      .filter((transfer) => group === null || transfer.transferGroup === group)
      .filter((transfer) => destination === null || transfer.destination === destination)
      .map(transferJson);
    return { object: 'list', url: '/v1/transfers', has_more: false, data };
  }

  function reverseTransfer(id: string, form: FormObject) {
    const transfer = state.transfers.get(id);
    if (!transfer) throw notFound('transfer', id);
    const amount = readInteger(form, 'amount', false) ?? transfer.amount - transfer.reversed;
    if (amount < 1 || transfer.reversed + amount > transfer.amount)
      throw new StandInRequestError('Reversal exceeds what is left of the transfer.', {
        param: 'amount',
      });
    transfer.reversed += amount;
    const reversal: Reversal = { id: newId('trr'), transfer: id, amount };
    state.reversals.set(reversal.id, reversal);
    return { id: reversal.id, object: 'transfer_reversal', amount, currency: 'sek', transfer: id };
  }

  function refund(form: FormObject) {
    const charge = chargeOfIntent(readString(form, 'payment_intent') ?? '');
    const amount = readInteger(form, 'amount', false) ?? charge.amount - charge.refunded;
    if (amount < 1 || charge.refunded + amount > charge.amount)
      throw new StandInRequestError('Refund exceeds what is left of the charge.', {
        param: 'amount',
      });
    charge.refunded += amount;
    const made: Refund = {
      id: newId('re'),
      charge: charge.id,
      amount,
      metadata: readStringRecord(form, 'metadata'),
      reason: readString(form, 'reason', false) ?? null,
    };
    state.refunds.set(made.id, made);
    const object = {
      id: made.id,
      object: 'refund',
      amount,
      currency: 'sek',
      charge: charge.id,
      payment_intent: charge.paymentIntent,
      metadata: made.metadata,
      reason: made.reason,
      created: seconds(),
      status: 'succeeded',
    };
    // As Stripe does for every refund, the API's and the dashboard's alike.
    deps.sendLater('refund.created', object);
    return object;
  }

  const routes: [string, RegExp, (match: string[], form: FormObject) => unknown][] = [
    ['POST', /^\/v1\/checkout\/sessions$/, (_match, form) => createSession(form)],
    ['POST', /^\/v1\/checkout\/sessions\/([^/]+)\/expire$/, ([, id = '']) => expireSession(id)],
    [
      'GET',
      /^\/v1\/payment_intents\/([^/]+)$/,
      ([, id = '']) => {
        const charge = chargeOfIntent(id);
        return {
          id,
          object: 'payment_intent',
          amount: charge.amount,
          currency: 'sek',
          status: 'succeeded',
          latest_charge: charge.id,
        };
      },
    ],
    ['POST', /^\/v1\/transfers$/, (_match, form) => createTransfer(form)],
    ['GET', /^\/v1\/transfers$/, (_match, form) => listTransfers(form)],
    [
      'POST',
      /^\/v1\/transfers\/([^/]+)\/reversals$/,
      ([, id = ''], form) => reverseTransfer(id, form),
    ],
    ['POST', /^\/v1\/refunds$/, (_match, form) => refund(form)],
    ['POST', /^\/v1\/accounts$/, (_match, form) => connect.createAccount(form)],
    ['GET', /^\/v1\/accounts\/([^/]+)$/, ([, id = '']) => connect.accountJson(account(id))],
    ['POST', /^\/v1\/account_links$/, (_match, form) => connect.createLink(form)],
  ];

  return {
    state,
    route(method: string, path: string, form: FormObject): unknown {
      for (const [routeMethod, pattern, run] of routes) {
        const match = pattern.exec(path);
        if (match && routeMethod === method) return run([...match], form);
      }
      throw new StandInRequestError(`Unrecognized request URL (${method}: ${path}).`, {
        status: 404,
      });
    },
    /** The hosted page's Pay: the session completes with a payment intent and its charge. */
    pay(id: string): StandInSession {
      const found = session(id);
      if (found.status !== 'open')
        throw new StandInRequestError(`This checkout is ${found.status}.`);
      const charge: Charge = {
        id: newId('ch'),
        paymentIntent: newId('pi'),
        amount: found.amount_total,
        refunded: 0,
        transferred: 0,
      };
      state.charges.set(charge.id, charge);
      Object.assign(found, {
        status: 'complete',
        payment_status: 'paid',
        payment_intent: charge.paymentIntent,
        url: null,
      });
      return found;
    },
    checkoutView(id: string) {
      const found = session(id);
      return {
        id,
        status: found.status,
        amountTotal: found.amount_total,
        cancelUrl: found.cancel_url,
        lines: found.lines,
      };
    },
    successUrlOf: (id: string) => session(id).success_url.replace('{CHECKOUT_SESSION_ID}', id),
    link: connect.link,
    completeAccount: (id: string) => connect.completeAccount(id),
  };
}
