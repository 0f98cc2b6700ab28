import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import { type FormObject, StandInRequestError, decodeStripeForm } from './stripe-form.ts';
import { checkoutPage, messagePage, onboardingPage } from './stripe-stand-in-pages.ts';
import { createStandInApi, type StandInSession, type StandInState } from './stripe-stand-in-api.ts';

/**
 * A local stand-in for Stripe's API, so tests run the real `stripe` SDK over HTTP without
 * the internet (STRIPE_API_URL points the SDK here). It implements exactly the endpoints our
 * gateway uses, form-encoded in and Stripe-shaped JSON out, honours Idempotency-Key, records
 * every request, hosts a one-button Checkout and onboarding page, and sends webhooks signed
 * with the SDK's own test-header helper.
 */
export type RecordedRequest = {
  method: string;
  path: string;
  body: FormObject;
  idempotencyKey: string | null;
  status: number;
};

export type SignedEvent = { event: StandInEvent; payload: string; signature: string };
export type StandInEvent = {
  id: string;
  object: 'event';
  type: string;
  created: number;
  livemode: false;
  api_version: string;
  pending_webhooks: number;
  request: { id: null; idempotency_key: null };
  data: { object: unknown };
};

export type EventOptions = {
  id?: string;
  /** Seconds, like Stripe's `created`. */
  created?: number;
  /** Sign with another secret (a forgery) or at another time (a stale replay), in seconds. */
  secret?: string;
  timestamp?: number;
};

/** The money calls a test can make fail: a transfer to a shop, its reversal, a refund. */
export type MoneyCall = 'transfer' | 'reversal' | 'refund';

/**
 * How an injected failure looks to our server. `unreached`: Stripe never began the call (a
 * dropped connection), so nothing is kept under its idempotency key. `answer_lost`: Stripe did
 * it and keeps the answer under the key, but our server got an error instead — the case an
 * idempotency key exists for. Either way the answer is a 500 the SDK is told not to retry.
 */
export type FailureMode = 'unreached' | 'answer_lost';

/** Where signed webhooks go: POSTed to `webhookUrl`, or handed to `deliver` (e.g. supertest). */
export type Deliver = (payload: string, signature: string) => Promise<number>;

export type StripeStandIn = {
  readonly url: string;
  readonly secretKey: string;
  readonly webhookSecret: string;
  /** The environment that points our server at this stand-in. */
  readonly env: Record<'STRIPE_SECRET_KEY' | 'STRIPE_WEBHOOK_SECRET' | 'STRIPE_API_URL', string>;
  readonly requests: RecordedRequest[];
  readonly deliveries: { eventId: string; type: string; status: number }[];
  readonly state: StandInState;
  webhookUrl: string | null;
  deliver: Deliver | null;
  signEvent: (type: string, object: unknown, options?: EventOptions) => SignedEvent;
  sendEvent: (type: string, object: unknown, options?: EventOptions) => Promise<number>;
  /**
   * What the hosted page's Pay button does, for tests without a browser. `withoutEvent` pays
   * but keeps the `checkout.session.completed` event back (send it later with `sendEvent`),
   * as when Stripe's webhook is delayed. Returns the paid session.
   */
  payCheckout: (sessionId: string, options?: { withoutEvent?: boolean }) => Promise<StandInSession>;
  /** The next `count` calls of this kind fail (each in turn, after those already armed). */
  failNext: (call: MoneyCall, count: number, mode?: FailureMode) => void;
  /**
   * The next call of this kind waits, unmade, until `release()`: `reached` resolves when it
   * arrives. For races: what else happens while a money call is on its way.
   */
  holdNext: (call: MoneyCall) => { reached: Promise<void>; release: () => void };
  /** Injected failures not yet used up. */
  pendingFailures: () => number;
  clearFailures: () => void;
  completeOnboarding: (accountId: string) => Promise<void>;
  /**
   * What a person does in Stripe's dashboard: refunds a payment (all of it without `amount`),
   * without the galleria's mark. Stripe then sends `refund.created`, as for any refund.
   */
  refundInDashboard: (
    paymentIntentId: string,
    options?: { amount?: number; reason?: string },
  ) => { id: string };
  /** Waits for webhooks sent in the background (after an expire, say). */
  settled: () => Promise<void>;
  close: () => Promise<void>;
};

export async function startStripeStandIn(
  options: { webhookUrl?: string; deliver?: Deliver; port?: number } = {},
): Promise<StripeStandIn> {
  const secretKey = `sk_test_standin_${randomBytes(8).toString('hex')}`;
  const webhookSecret = `whsec_standin_${randomBytes(12).toString('hex')}`;
  const requests: RecordedRequest[] = [];
  const deliveries: StripeStandIn['deliveries'] = [];
  const background = new Set<Promise<unknown>>();
  let baseUrl = '';

  function signEvent(type: string, object: unknown, eventOptions: EventOptions = {}) {
    const event: StandInEvent = {
      id: eventOptions.id ?? `evt_${randomBytes(12).toString('hex')}`,
      object: 'event',
      type,
      created: eventOptions.created ?? Math.floor(Date.now() / 1000),
      livemode: false,
      api_version: Stripe.API_VERSION,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      data: { object },
    };
    const payload = JSON.stringify(event);
    const signature = Stripe.webhooks.generateTestHeaderString({
      payload,
      secret: eventOptions.secret ?? webhookSecret,
      ...(eventOptions.timestamp === undefined ? {} : { timestamp: eventOptions.timestamp }),
    });
    return { event, payload, signature };
  }

  async function sendEvent(type: string, object: unknown, eventOptions: EventOptions = {}) {
    const { event, payload, signature } = signEvent(type, object, eventOptions);
    const status = await deliverSigned(payload, signature);
    deliveries.push({ eventId: event.id, type, status });
    return status;
  }

  async function deliverSigned(payload: string, signature: string): Promise<number> {
    if (standIn.deliver) return standIn.deliver(payload, signature);
    if (!standIn.webhookUrl) throw new Error('the Stripe stand-in has no webhook URL to send to');
    const response = await fetch(standIn.webhookUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Stripe-Signature': signature },
      body: payload,
    });
    return response.status;
  }

  /** Like Stripe, events that follow an API call arrive after its answer, not inside it. */
  function sendLater(type: string, object: unknown) {
    const sending = new Promise((resolve) => setImmediate(resolve))
      .then(() => sendEvent(type, object))
      .catch(() => undefined)
      .finally(() => background.delete(sending));
    background.add(sending);
  }

  const api = createStandInApi({ baseUrl: () => baseUrl, sendLater });

  async function payCheckout(sessionId: string, payOptions: { withoutEvent?: boolean } = {}) {
    const session = api.pay(sessionId);
    if (!payOptions.withoutEvent) await sendEvent('checkout.session.completed', session);
    return session;
  }

  const failures: Record<MoneyCall, FailureMode[]> = { transfer: [], reversal: [], refund: [] };
  type Hold = { arrive: () => void; released: Promise<void> };
  const holds: Record<MoneyCall, Hold[]> = { transfer: [], reversal: [], refund: [] };
  const moneyCallOf = (method: string, pathname: string): MoneyCall | null => {
    if (method !== 'POST') return null;
    if (pathname === '/v1/transfers') return 'transfer';
    if (/^\/v1\/transfers\/[^/]+\/reversals$/.test(pathname)) return 'reversal';
    if (pathname === '/v1/refunds') return 'refund';
    return null;
  };

  async function completeOnboarding(accountId: string) {
    const account = api.completeAccount(accountId);
    await sendEvent('account.updated', account);
  }

  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      handle(request, text)
        .then(({ status, body, location, html, headers }) => {
          if (location) {
            response.writeHead(303, { Location: location }).end();
            return;
          }
          if (html !== undefined) {
            response.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
            return;
          }
          response
            .writeHead(status, {
              'Content-Type': 'application/json',
              'Request-Id': `req_${randomBytes(6).toString('hex')}`,
              ...headers,
            })
            .end(JSON.stringify(body));
        })
        .catch((error: unknown) => {
          response.writeHead(500, { 'Content-Type': 'text/plain' }).end(String(error));
        });
    });
  });

  type Answer = {
    status: number;
    body?: unknown;
    location?: string;
    html?: string;
    headers?: Record<string, string>;
  };
  const idempotent = new Map<string, { fingerprint: string; answer: Answer }>();

  async function handle(request: http.IncomingMessage, text: string): Promise<Answer> {
    const url = new URL(request.url ?? '/', baseUrl);
    const method = request.method ?? 'GET';
    const form = decodeStripeForm(method === 'GET' ? url.search.slice(1) : text);
    if (!url.pathname.startsWith('/v1/')) return handlePage(method, url.pathname);

    const key = request.headers['idempotency-key'];
    const idempotencyKey = typeof key === 'string' ? key : null;
    const record = (answer: Answer) => {
      requests.push({
        method,
        path: url.pathname,
        body: form,
        idempotencyKey,
        status: answer.status,
      });
      return answer;
    };
    if (request.headers.authorization !== `Bearer ${secretKey}`)
      return record(
        stripeError(new StandInRequestError('Invalid API Key provided.', { status: 401 })),
      );
    const moneyCall = moneyCallOf(method, url.pathname);
    const hold = moneyCall ? holds[moneyCall].shift() : undefined;
    if (hold) {
      hold.arrive();
      await hold.released;
    }
    const failure = moneyCall ? failures[moneyCall].shift() : undefined;
    if (failure === 'unreached') return record(injectedFailure(`${moneyCall} (not made)`));
    const answer = answerOnce(method, url.pathname, text, form, idempotencyKey);
    if (failure === 'answer_lost') return record(injectedFailure(`${moneyCall} (made)`));
    return record(answer);
  }

  /** The answer to an API call, or the one given earlier under the same idempotency key. */
  function answerOnce(
    method: string,
    pathname: string,
    text: string,
    form: FormObject,
    idempotencyKey: string | null,
  ): Answer {
    const fingerprint = `${method} ${pathname} ${text}`;
    const earlier = idempotencyKey && method === 'POST' ? idempotent.get(idempotencyKey) : null;
    if (earlier) {
      if (earlier.fingerprint !== fingerprint)
        return stripeError(
          new StandInRequestError(
            'Keys for idempotent requests can only be used with the same parameters they were first used with.',
            { type: 'idempotency_error' },
          ),
        );
      return earlier.answer;
    }
    let answer: Answer;
    try {
      answer = { status: 200, body: api.route(method, pathname, form) };
    } catch (error) {
      if (!(error instanceof StandInRequestError)) throw error;
      answer = stripeError(error);
    }
    if (idempotencyKey && method === 'POST')
      idempotent.set(idempotencyKey, { fingerprint, answer });
    return answer;
  }

  async function handlePage(method: string, pathname: string): Promise<Answer> {
    const [, area, id = ''] = pathname.split('/');
    try {
      if (area === 'checkout') {
        if (method === 'GET') return { status: 200, html: checkoutPage(api.checkoutView(id)) };
        await payCheckout(id);
        return { status: 303, location: api.successUrlOf(id) };
      }
      if (area === 'connect') {
        const link = api.link(id);
        if (method === 'GET') return { status: 200, html: onboardingPage(link) };
        await completeOnboarding(link.accountId);
        return { status: 303, location: link.returnUrl };
      }
    } catch (error) {
      if (error instanceof StandInRequestError)
        return { status: error.status, html: messagePage(error.message) };
      throw error;
    }
    return { status: 404, html: messagePage('No such page.') };
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const standIn: StripeStandIn = {
    url: baseUrl,
    secretKey,
    webhookSecret,
    env: {
      STRIPE_SECRET_KEY: secretKey,
      STRIPE_WEBHOOK_SECRET: webhookSecret,
      STRIPE_API_URL: baseUrl,
    },
    requests,
    deliveries,
    state: api.state,
    webhookUrl: options.webhookUrl ?? null,
    deliver: options.deliver ?? null,
    signEvent,
    sendEvent,
    payCheckout,
    refundInDashboard(paymentIntentId, refundOptions = {}) {
      const form: FormObject = { payment_intent: paymentIntentId };
      if (refundOptions.amount !== undefined) form.amount = String(refundOptions.amount);
      if (refundOptions.reason !== undefined) form.reason = refundOptions.reason;
      return api.route('POST', '/v1/refunds', form) as { id: string };
    },
    failNext(call, count, mode = 'unreached') {
      for (let index = 0; index < count; index += 1) failures[call].push(mode);
    },
    holdNext(call) {
      let arrive = () => {};
      let release = () => {};
      const reached = new Promise<void>((resolve) => (arrive = resolve));
      const released = new Promise<void>((resolve) => (release = resolve));
      holds[call].push({ arrive, released });
      return { reached, release };
    },
    pendingFailures: () => Object.values(failures).reduce((sum, armed) => sum + armed.length, 0),
    clearFailures() {
      for (const armed of Object.values(failures)) armed.length = 0;
    },
    completeOnboarding,
    settled: async () => {
      while (background.size > 0) await Promise.all([...background]);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
  return standIn;
}

/** A failure the test asked for: a server error the SDK is told not to retry on its own. */
function injectedFailure(what: string) {
  return {
    status: 500,
    headers: { 'Stripe-Should-Retry': 'false' },
    body: { error: { type: 'api_error', message: `Injected failure of a ${what}.` } },
  };
}

function stripeError(error: StandInRequestError) {
  return {
    status: error.status,
    body: {
      error: {
        type: error.type,
        message: error.message,
        ...(error.param ? { param: error.param } : {}),
      },
    },
  };
}
