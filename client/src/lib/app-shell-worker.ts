/**
 * Installs the app-shell service worker (client/vite.config.ts, decision 0033): the built
 * storefront is precached and every page address answers with its index.html, so a screen
 * that keeps its own data offline (the counter) opens again without a connection. Asked for
 * by those screens only, so a resident's first visit downloads nothing extra.
 */
export async function installAppShell(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  try {
    const { registerSW } = await import('virtual:pwa-register');
    // Without `onNeedRefresh`, a new version takes over when the phone's tabs are closed,
    // never in the middle of a handover.
    registerSW({ immediate: true });
  } catch {
    // Offline before the first install, or no worker allowed: the screen works as before.
  }
}
