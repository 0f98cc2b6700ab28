import { useSyncExternalStore } from 'react';

const subscribeToNothing = () => () => {};

/**
 * False while React takes over a page the server rendered (decision 0051), true once it has,
 * and at once in a page the browser renders itself. A form only the app can send (a POST to
 * the API through the router) waits for it: a tap before the scripts have run would send the
 * browser's own form to a page address that takes no POST.
 */
export function useIsHydrated(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}
