import { useSyncExternalStore } from 'react';
import type { Basket } from '@e-galleria/shared/basket';
import { fetchBasket } from '../api/basket-api.ts';

/**
 * The basket as the browser last saw it, so the header's count follows every add, change
 * and removal without a state library: each basket call hands its answer to `rememberBasket`.
 */
let current: Basket | null = null;
let inFlight: Promise<Basket> | null = null;
const listeners = new Set<() => void>();

export function rememberBasket(basket: Basket): void {
  current = basket;
  for (const listener of listeners) listener();
}

/**
 * GET /basket, shared by whoever asks at the same moment (the root loader and the basket
 * page after a login): the first request after login merges the guest basket into the
 * account's, and two racing merges would be one too many.
 */
export function loadBasket(): Promise<Basket> {
  inFlight ??= fetchBasket()
    .then(({ basket }) => {
      rememberBasket(basket);
      return basket;
    })
    .finally(() => {
      inFlight = null;
    });
  return inFlight;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * How many things are in the basket; null until it has been loaded once. A page rendered on
 * the server knows no basket (the guest's is behind a cookie the render does not read), so
 * the server and the hydrating browser both say null until the browser has loaded it.
 */
export function useBasketItemCount(): number | null {
  return useSyncExternalStore(
    subscribe,
    () => current?.itemCount ?? null,
    () => null,
  );
}
