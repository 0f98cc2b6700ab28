import { useSyncExternalStore } from 'react';
/**
 * A one-time success message that survives a redirect ("password changed" shown on the
 * login page). It lives in memory, not in the URL, so a reload or a shared link never
 * repeats it; it is shown on the path it was meant for and dropped once the user moves on.
 */
export type FlashNotice = { path: string } & (
  | { messageKey: 'loggedOut' | 'passwordChanged' | 'accountCreated' }
  | { messageKey: 'invitationAccepted'; municipality: string }
  | { messageKey: 'shopInvitationAccepted'; shop: string }
  | { messageKey: 'servicePointInvitationAccepted'; servicePoint: string }
);

let current: FlashNotice | null = null;
const listeners = new Set<() => void>();

function emit(): void {
  for (const listener of listeners) listener();
}

export function showFlashNotice(notice: FlashNotice): void {
  current = notice;
  emit();
}

/** Called on every navigation: a notice for another page is stale. */
export function dropFlashNoticeUnlessFor(pathname: string): void {
  if (current && current.path !== pathname) {
    current = null;
    emit();
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useFlashNotice(): FlashNotice | null {
  // A notice lives in this tab's memory, so a page rendered on the server never has one.
  return useSyncExternalStore(
    subscribe,
    () => current,
    () => null,
  );
}
