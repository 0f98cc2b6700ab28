import type { HydrationState } from 'react-router';

/**
 * The router's data for a page rendered on the server, as the browser reads it back from
 * `<script type="application/json">` (no inline script: the CSP forbids it). A loader may
 * hand over a promise it does not wait for (the shop page's pickup options); the server waits
 * for it and sends the outcome, and the browser turns it back into a settled promise.
 */
export type PageData = {
  loaderData: Record<string, unknown>;
  /** Route id → the keys of its loader data that were promises, and how they settled. */
  settled: Record<string, Record<string, 'resolved' | 'rejected'>>;
};

const pageDataId = 'rendered-page-data';

/**
 * The data as a `<script type="application/json">` element. `<` is written as its JSON
 * escape, so neither `</script>` nor `<!--` in a shop's text can end the block or change how
 * it is parsed; the browser never runs it (the CSP would refuse an inline script anyway).
 */
export function pageDataScript(data: PageData): string {
  const json = JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `<script type="application/json" id="${pageDataId}">${json}</script>`;
}

/** The server's data for this page, or null when the page came as the bare app shell. */
export function readPageData(): HydrationState | null {
  const element = document.getElementById(pageDataId);
  if (!element?.textContent) return null;
  const data = JSON.parse(element.textContent) as PageData;
  const loaderData = { ...data.loaderData };
  for (const [routeId, keys] of Object.entries(data.settled)) {
    const values = { ...(loaderData[routeId] as Record<string, unknown>) };
    for (const [key, outcome] of Object.entries(keys))
      values[key] = settledPromise(outcome, values[key]);
    loaderData[routeId] = values;
  }
  return { loaderData, actionData: null, errors: null };
}

/**
 * Marks a settled promise in the fields React's `use` and react-router's <Await> read
 * (`status`, `value`, `reason`): <Await> then renders its outcome at once, as the server
 * did, instead of suspending for a tick.
 */
export function markSettled(
  promise: Promise<unknown>,
  outcome: 'resolved' | 'rejected',
  value: unknown,
): void {
  // <Await> shows its errorElement; the rejection is not an unhandled one.
  promise.catch(() => undefined);
  const fields =
    outcome === 'resolved' ? { status: 'fulfilled', value } : { status: 'rejected', reason: value };
  void Object.assign(promise, fields);
}

function settledPromise(outcome: 'resolved' | 'rejected', value: unknown): Promise<unknown> {
  const reason = new Error('The server could not load this part of the page');
  const promise = outcome === 'resolved' ? Promise.resolve(value) : Promise.reject(reason);
  markSettled(promise, outcome, outcome === 'resolved' ? value : reason);
  return promise;
}
